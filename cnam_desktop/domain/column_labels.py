"""French labels of the tables' columns and of the edit forms' fields.

Keyed by table name, then by column name (the data dataclasses of `domain/` mostly
share the columns' names; their data-only fields, such as a trainer's `sector_ids`,
are listed too). Used wherever a person must read which field differs: a conflict on
save, a synchronisation conflict. `label` falls back to the name itself.
"""

from __future__ import annotations

# Columns every record has (db/base.py `Record`).
COMMON: dict[str, str] = {
    "id": "Identifiant",
    "created_at": "Créé le",
    "updated_at": "Modifié le",
    "deleted_at": "Supprimé le",
    "version": "Version",
    "updated_by": "Modifié par",
    "synced_version": "Version synchronisée",
    "server_txid": "Transaction du serveur",
}

LABELS: dict[str, dict[str, str]] = {
    "regional_centre": {
        "name": "Nom du centre",
        "region": "Région",
        "address": "Adresse",
        "postcode": "Code postal",
        "town": "Commune",
        "email": "Adresse électronique",
        "phone": "Téléphone",
        "logo_path": "Logo",
    },
    "site": {
        "regional_centre_id": "Centre régional",
        "name": "Nom du site",
        "town": "Commune",
        "insee_code": "Code INSEE",
        "postcode": "Code postal",
        "department": "Département",
        "epci": "EPCI",
        "region": "Région",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "acv": "Ville ACV (Action cœur de ville)",
        "industry_territory": "Territoire d'industrie",
        "status": "Statut",
        "application_date": "Date de candidature",
        "selection_date": "Date de sélection",
        "opening_date": "Date d'ouverture",
        "employment_area": "Bassin d'emploi",
        "notes": "Notes",
        "is_demo": "Site de démonstration",
    },
    "site_status_change": {
        "site_id": "Site",
        "status": "Statut",
        "changed_on": "Date du changement",
        "note": "Note",
    },
    "sector": {
        "code": "Code",
        "name": "Nom",
        "description": "Description",
    },
    "sector_need": {
        "site_id": "Site",
        "sector_id": "Filière",
        "need_level": "Niveau de besoin",
        "qualification_gap": "Déficit de qualification",
        "existing_offer": "Offre existante",
    },
    "partner": {
        "name": "Nom",
        "kind": "Type de partenaire",
        "town": "Commune",
        "contact_name": "Nom du contact",
        "contact_email": "Adresse électronique du contact",
        "contact_phone": "Téléphone du contact",
        "notes": "Notes",
    },
    "site_partner": {
        "site_id": "Site",
        "partner_id": "Partenaire",
        "role": "Rôle",
        "since": "Depuis le",
    },
    "premises": {
        "site_id": "Site",
        "name": "Nom des locaux",
        "address": "Adresse",
        "owner": "Propriétaire",
        "agreement_start": "Début de la convention",
        "agreement_end": "Fin de la convention",
        "yearly_cost": "Coût annuel (€)",
        "step_free": "Accès de plain-pied (PMR)",
    },
    "room": {
        "premises_id": "Locaux",
        "name": "Nom de la salle",
        "kind": "Type de salle",
        "capacity": "Capacité",
        "accessible": "Accessible aux personnes à mobilité réduite",
        "opening_hours": "Horaires d'ouverture",
    },
    "equipment_type": {
        "label": "Libellé",
        "category": "Catégorie",
        "unit_cost": "Coût unitaire (€)",
    },
    "equipment_item": {
        "site_id": "Site",
        "room_id": "Salle",
        "type_id": "Type de matériel",
        "quantity": "Quantité",
        "condition": "État",
    },
    "equipment_need": {
        "site_id": "Site",
        "type_id": "Type de matériel",
        "offering_id": "Ouverture liée",
        "quantity": "Quantité",
        "reason": "Motif",
        "priority": "Priorité",
        "status": "Statut",
        "cost_override": "Coût estimé imposé (€)",
        "funder_id": "Financeur",
    },
    "course": {
        "sector_id": "Filière",
        "cnam_code": "Code Cnam",
        "title": "Intitulé",
        "certification_type": "Type de certification",
        "rncp_code": "Code RNCP",
        "rs_code": "Code RS",
        "level": "Niveau",
        "hours": "Durée (heures)",
        "ects": "Crédits ECTS",
        "cpf_eligible": "Éligible au CPF",
        "vae": "Accessible par la VAE",
        "allows_in_person": "Présentiel",
        "allows_distance": "À distance",
        "allows_hybrid": "Hybride",
        "min_learners": "Effectif minimum",
        "max_learners": "Effectif maximum",
        "required_room_kind": "Type de salle exigé",
        "objectives": "Objectifs",
        "prerequisites": "Prérequis",
        "assessment": "Modalités d'évaluation",
        "disability_contact": "Référent handicap",
        # Data only: the course's equipment rows, edited with the course.
        "equipment": "Matériel nécessaire",
    },
    "course_equipment": {
        "course_id": "Parcours",
        "type_id": "Type de matériel",
        "per_learner": "Quantité par apprenant",
        "per_group": "Quantité par groupe",
    },
    "trainer": {
        "first_name": "Prénom",
        "last_name": "Nom",
        "email": "Adresse électronique",
        "phone": "Téléphone",
        "home_centre": "Centre de rattachement",
        "distance_ok": "Peut enseigner à distance",
        # Data only: the trainer_sector rows.
        "sector_ids": "Filières enseignées",
    },
    "trainer_sector": {
        "trainer_id": "Formateur",
        "sector_id": "Filière",
    },
    "offering": {
        "course_id": "Parcours",
        "site_id": "Site",
        "period_label": "Période",
        "start_date": "Début",
        "end_date": "Fin",
        "modality": "Modalité",
        "planned_learners": "Apprenants prévus",
        "enrolled_learners": "Apprenants inscrits",
        "funded_cpf": "Financés par le CPF",
        "funded_employer": "Financés par l'employeur",
        "funded_jobseeker": "Demandeurs d'emploi",
        "funded_self": "Autofinancés",
        "status": "Statut",
    },
    "session": {
        "offering_id": "Ouverture",
        "day": "Date",
        "start_time": "Heure de début",
        "end_time": "Heure de fin",
        "modality": "Modalité",
        "room_id": "Salle",
        "video_link": "Lien de visioconférence",
        "trainer_id": "Formateur",
        "unit_code": "Unité d'enseignement",
        "status": "Statut",
        "series_id": "Série",
        # Data only: the session_guest rows.
        "guest_offering_ids": "Sites invités",
    },
    "session_guest": {
        "session_id": "Séance",
        "offering_id": "Ouverture invitée",
    },
    "closure": {
        "site_id": "Site concerné",
        "kind": "Nature",
        "label": "Libellé",
        "start_date": "Date de début",
        "end_date": "Date de fin",
        "subdivision": "Département",
    },
    "erasure_log": {
        "kind": "Nature",
        "subject_id": "Personne effacée",
        "erased_at": "Effacé le",
        "reason": "Motif",
    },
}

TABLE_NOUNS: dict[str, tuple[str, str]] = {
    "regional_centre": ("centre régional", ""),
    "site": ("site", ""),
    "site_status_change": ("étape du statut d'un site", "e"),
    "sector": ("filière", "e"),
    "sector_need": ("besoin d'une filière", ""),
    "partner": ("partenaire", ""),
    "site_partner": ("partenaire d'un site", ""),
    "premises": ("locaux", "s"),
    "room": ("salle", "e"),
    "equipment_type": ("type de matériel", ""),
    "equipment_item": ("matériel", ""),
    "equipment_need": ("besoin en matériel", ""),
    "course": ("parcours", ""),
    "course_equipment": ("matériel d'un parcours", ""),
    "trainer": ("formateur", ""),
    "trainer_sector": ("filière d'un formateur", "e"),
    "offering": ("ouverture", "e"),
    "session": ("séance", "e"),
    "session_guest": ("site invité d'une séance", ""),
    "closure": ("fermeture", "e"),
    "erasure_log": ("effacement de données personnelles", ""),
}
"""What a record of each table is called, and the ending its participles take:
"" (masculine), "e" (feminine), "s" (masculine plural: « locaux »)."""


def label(table: str, name: str) -> str:
    """The French label of `table`'s column or field `name`; the name when unknown."""
    return LABELS.get(table, {}).get(name) or COMMON.get(name) or name


def table_label(table: str) -> str:
    """What a record of `table` is called in French (« salle »); the name when unknown."""
    return TABLE_NOUNS.get(table, (table, ""))[0]


def agreement(table: str) -> str:
    """The ending of a participle agreeing with a record of `table`: « modifié{e} »."""
    return TABLE_NOUNS.get(table, ("", ""))[1]


def this_record(table: str) -> str:
    """« Ce site », « Cette salle », « Ces locaux », « Cet enregistrement »."""
    noun = TABLE_NOUNS.get(table)
    if noun is None:
        return "Cet enregistrement"
    name, ending = noun
    if ending.endswith("s"):
        return f"Ces {name}"
    if ending == "e":
        return f"Cette {name}"
    return f"Cet {name}" if name[0] in "aeéèêiouh" else f"Ce {name}"
