"""gemeente: the orgaan's profile (people, huisstijl, terms); the file keeps `soort: gemeente` for every kind."""

from generator.soorten.soort import Soort

SOORT = Soort("gemeente", "reference", "generator.soorten.gemeente", model="model:Gemeente", data="gemeenten",
              label="Profiel", plural="Profielen")
