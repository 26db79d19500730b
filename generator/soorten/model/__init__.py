"""model: a model verordening (the VNG's) whose articles a verordening takes over."""

from generator.soorten.soort import Soort

SOORT = Soort("model", "reference", "generator.soorten.model", model="model:ModelVerordening", data="modellen",
              label="Modelverordening", plural="Modelverordeningen")
