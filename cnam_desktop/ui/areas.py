"""The areas of the main window, in navigation order, with what each one is for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    summary: str
    """One sentence: what the area is for."""
    features: tuple[str, ...]
    """What it will let users do (shown while the area is being built)."""
    ready: bool = False


AREAS: tuple[Area, ...] = (
    Area(
        "dashboard",
        "Tableau de bord",
        "Une vue d'ensemble du réseau pour préparer les comités et répondre aux partenaires.",
        (
            "sites par statut, de la candidature à l'ouverture",
            "apprenants inscrits et financements (CPF, employeur, demandeurs d'emploi)",
            "besoins d'équipement à financer et séances de la semaine",
            "alertes du planning : conflits de salles, de formateurs, jours fériés",
        ),
    ),
    Area(
        "sites",
        "Sites",
        "Les sites du réseau, leurs partenaires, leurs salles et leurs formations.",
        (),
        ready=True,
    ),
    Area(
        "premises",
        "Locaux et salles",
        "Les locaux mis à disposition de chaque site et leurs salles.",
        (
            "bâtiments, propriétaires et conventions de mise à disposition",
            "salles : cours, informatique, visioconférence, atelier",
            "capacités, accessibilité de plain-pied, horaires d'ouverture",
            "coût annuel des locaux",
        ),
    ),
    Area(
        "equipment",
        "Équipements",
        "Le matériel des sites et les besoins à financer.",
        (
            "inventaire par site et par salle : ordinateurs, vidéoprojecteurs, kits de visio",
            "état du matériel (neuf, bon état, usé, hors service)",
            "besoins d'équipement liés aux formations prévues, avec priorité et coût estimé",
            "suivi du financement : identifié, demandé, financé, livré",
        ),
    ),
    Area(
        "catalogue",
        "Catalogue",
        "Les parcours de formation proposés dans le réseau.",
        (
            "filières métiers et parcours certifiants (Licence, Master, titres RNCP, "
            "certificats de compétence…)",
            "codes RNCP et RS, niveau, heures, crédits ECTS",
            "éligibilité au CPF et à la VAE, modalités possibles",
            "effectifs minimum et maximum, type de salle et matériel requis",
        ),
    ),
    Area(
        "trainers",
        "Formateurs",
        "Les formateurs et enseignants qui interviennent sur les sites.",
        (
            "coordonnées et filières enseignées",
            "centre de rattachement, enseignement à distance possible ou non",
            "séances assurées sur tous les sites",
            "export et effacement des données personnelles sur demande",
        ),
    ),
    Area(
        "planning",
        "Planning",
        "Les ouvertures de formations et leurs séances, en présentiel ou à distance.",
        (
            "ouvertures par site et par période, avec effectifs et financements",
            "séances : date, horaires, salle ou lien de visio, formateur",
            "détection des conflits : salle, formateur ou groupe déjà occupé, salle trop petite",
            "jours fériés (dont Alsace-Moselle), fermetures et vacances scolaires",
        ),
    ),
    Area(
        "reports",
        "Rapports",
        "Les documents pour les partenaires, les financeurs et l'affichage.",
        (
            "classeur Excel pour les partenaires : sites, locaux, équipements, catalogue, planning",
            "rapport PDF du réseau régional, fiche de centre, emploi du temps hebdomadaire",
            "liste des besoins d'équipement pour les financeurs",
            "calendriers iCalendar (.ics) d'un site, d'une salle ou d'un formateur",
        ),
    ),
)

SITES_INDEX = next(i for i, a in enumerate(AREAS) if a.key == "sites")
STARTUP_INDEX = next(i for i, a in enumerate(AREAS) if a.key == "dashboard")
"""The area shown at start: the dashboard (the network at a glance)."""
