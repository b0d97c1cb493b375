"""What personal data the file holds and for how long: the French text of the About box.

Kept beside the rules it describes: erasure (`services/personal_data.py`), the backup
rotation (up to 6 monthly copies) and the re-application of erasures after a restore.
"""

from __future__ import annotations

BACKUP_MONTHS = 6
"""How long the oldest automatic backup is kept (the rotation keeps 6 monthly copies)."""

PRIVACY_TITLE = "Données personnelles"

PRIVACY_POINTS: tuple[str, ...] = (
    "Formateurs : prénom, nom, courriel, téléphone, centre de rattachement, filières "
    "enseignées et séances assurées.",
    "Partenaires : nom, courriel et téléphone de la personne à contacter, et ce que les "
    "notes sur le partenaire en disent.",
    "Aucune donnée personnelle d'apprenant : les apprenants sont seulement comptés.",
)

RETENTION_POINTS: tuple[str, ...] = (
    "Ces données sont conservées tant que la personne travaille avec le réseau, "
    "et effacées à sa demande (Fichier → Données personnelles).",
    f"Les sauvegardes automatiques en gardent une copie au plus {BACKUP_MONTHS} mois.",
    "Un effacement est noté dans un journal (sans les données effacées) et appliqué "
    "à nouveau après la restauration d'une sauvegarde plus ancienne.",
)


def privacy_text() -> str:
    """The statement as plain text (CLI, logs of a support request)."""
    lines = [f"{PRIVACY_TITLE} contenues dans le fichier :"]
    lines += [f"- {point}" for point in PRIVACY_POINTS]
    lines.append("Durée de conservation :")
    lines += [f"- {point}" for point in RETENTION_POINTS]
    return "\n".join(lines)


def privacy_html() -> str:
    """The statement as rich text for the About box (no user text in it: nothing to escape)."""
    held = "".join(f"<li>{point}</li>" for point in PRIVACY_POINTS)
    kept = "".join(f"<li>{point}</li>" for point in RETENTION_POINTS)
    return (
        f"<h4>{PRIVACY_TITLE}</h4><p>Le fichier contient :</p><ul>{held}</ul>"
        f"<p>Durée de conservation :</p><ul>{kept}</ul>"
    )
