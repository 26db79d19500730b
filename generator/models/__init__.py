"""One typed model per soort of data file."""

from generator.models.afdoening import Afdoeningsbrief
from generator.models.beleidsplan import Beleidsplan
from generator.models.gemeente import Gemeente
from generator.models.motie import Motie
from generator.models.modellen import ModelVerordening
from generator.models.verordening import Verordening, Wijzigingsverordening

MODELS: dict[str, type] = {
    "afdoeningsbrief": Afdoeningsbrief,
    "beleidsplan": Beleidsplan,
    "gemeente": Gemeente,
    "motie": Motie,
    "model": ModelVerordening, "verordening": Verordening, "wijzigingsverordening": Wijzigingsverordening,
}
