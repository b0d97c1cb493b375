"""The data model (DESIGN.md): one class per table, typed with `Mapped[]`.

Every table of the network inherits `Record`: UUID text key, created/updated
timestamps, a `deleted_at` tombstone and a version. Rows are never physically deleted
by the application; queries filter `deleted_at IS NULL` (see `db/repositories`).
The three `sync_*` tables are a laptop's own bookkeeping of its synchronisations with a
shared base: never synchronised themselves.
"""

# No `from __future__ import annotations` here: real annotations spare SQLAlchemy from
# parsing 230 strings at import, which start-up pays (about 30 ms).
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cnam_desktop.db.base import Base, Record, enum_column, new_id, utcnow
from cnam_desktop.domain.enums import (
    CertificationType,
    ClosureKind,
    EquipmentCondition,
    Modality,
    NeedLevel,
    NeedStatus,
    OfferingStatus,
    PartnerKind,
    PartnerRole,
    Priority,
    RoomKind,
    SessionStatus,
    SiteStatus,
)

Money = Numeric(12, 2)


def network_tables() -> list[Table]:
    """The tables of the network (every `Record`), parents before children: what is
    seeded, checked and synchronised (not the `sync_*` bookkeeping)."""
    return [t for t in Base.metadata.sorted_tables if "synced_version" in t.c]


__all__ = [
    "Base",
    "Closure",
    "Course",
    "CourseEquipment",
    "EquipmentItem",
    "EquipmentNeed",
    "EquipmentType",
    "ErasureLog",
    "Offering",
    "Partner",
    "Premises",
    "RegionalCentre",
    "Room",
    "Sector",
    "SectorNeed",
    "Session",
    "Site",
    "SitePartner",
    "SiteStatusChange",
    "SyncBase",
    "SyncConflict",
    "SyncPeer",
    "Trainer",
    "TrainerSector",
]


class RegionalCentre(Record):
    __tablename__ = "regional_centre"

    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(5))
    town: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    logo_path: Mapped[str | None] = mapped_column(String(500))


class Site(Record):
    __tablename__ = "site"
    __table_args__ = (
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude"),
        Index("ix_site_status_name", "status", "name"),
    )

    regional_centre_id: Mapped[str] = mapped_column(ForeignKey("regional_centre.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(120))
    insee_code: Mapped[str | None] = mapped_column(String(5), index=True)
    postcode: Mapped[str | None] = mapped_column(String(5))
    department: Mapped[str | None] = mapped_column(String(3), index=True)
    epci: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(80))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    acv: Mapped[bool] = mapped_column(Boolean, default=False)
    industry_territory: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[SiteStatus] = enum_column(SiteStatus, default=SiteStatus.CANDIDATE)
    application_date: Mapped[date | None] = mapped_column(Date)
    selection_date: Mapped[date | None] = mapped_column(Date)
    opening_date: Mapped[date | None] = mapped_column(Date)
    employment_area: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)

    regional_centre: Mapped[RegionalCentre] = relationship()
    premises: Mapped[list["Premises"]] = relationship(back_populates="site")


class SiteStatusChange(Record):
    """One step of a site's history through the status pipeline."""

    __tablename__ = "site_status_change"

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    status: Mapped[SiteStatus] = enum_column(SiteStatus)
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))


class Sector(Record):
    """A job sector (filière métier)."""

    __tablename__ = "sector"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)


class SectorNeed(Record):
    """One line of a site's territorial diagnostic: a sector's need in its employment area."""

    __tablename__ = "sector_need"
    __table_args__ = (UniqueConstraint("site_id", "sector_id"),)

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    sector_id: Mapped[str] = mapped_column(ForeignKey("sector.id"), index=True)
    need_level: Mapped[NeedLevel] = enum_column(NeedLevel, default=NeedLevel.MEDIUM)
    qualification_gap: Mapped[str | None] = mapped_column(Text)
    existing_offer: Mapped[str | None] = mapped_column(Text)


class Partner(Record):
    __tablename__ = "partner"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[PartnerKind] = enum_column(PartnerKind, default=PartnerKind.OTHER)
    town: Mapped[str | None] = mapped_column(String(120))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)


class SitePartner(Record):
    __tablename__ = "site_partner"
    __table_args__ = (UniqueConstraint("site_id", "partner_id", "role"),)

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"), index=True)
    role: Mapped[PartnerRole] = enum_column(PartnerRole)
    since: Mapped[date | None] = mapped_column(Date)

    partner: Mapped[Partner] = relationship()


class Premises(Record):
    """A building made available at a site (often by the town)."""

    __tablename__ = "premises"
    __table_args__ = (CheckConstraint("yearly_cost IS NULL OR yearly_cost >= 0", name="cost"),)

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(200))
    agreement_start: Mapped[date | None] = mapped_column(Date)
    agreement_end: Mapped[date | None] = mapped_column(Date)
    yearly_cost: Mapped[Decimal | None] = mapped_column(Money)
    step_free: Mapped[bool] = mapped_column(Boolean, default=False)

    site: Mapped[Site] = relationship(back_populates="premises")
    rooms: Mapped[list["Room"]] = relationship(back_populates="premises")


class Room(Record):
    __tablename__ = "room"
    __table_args__ = (CheckConstraint("capacity > 0", name="capacity"),)

    premises_id: Mapped[str] = mapped_column(ForeignKey("premises.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[RoomKind] = enum_column(RoomKind, default=RoomKind.CLASSROOM)
    capacity: Mapped[int] = mapped_column(Integer)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    opening_hours: Mapped[str | None] = mapped_column(String(200))

    premises: Mapped[Premises] = relationship(back_populates="rooms")


class EquipmentType(Record):
    __tablename__ = "equipment_type"
    __table_args__ = (CheckConstraint("unit_cost >= 0", name="unit_cost"),)

    label: Mapped[str] = mapped_column(String(120), unique=True)
    category: Mapped[str] = mapped_column(String(60))
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))


class EquipmentItem(Record):
    """Inventory: so many items of a type at a site, possibly in one room."""

    __tablename__ = "equipment_item"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity"),)

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("room.id"), index=True)
    type_id: Mapped[str] = mapped_column(ForeignKey("equipment_type.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    condition: Mapped[EquipmentCondition] = enum_column(
        EquipmentCondition, default=EquipmentCondition.GOOD
    )


class EquipmentNeed(Record):
    """Equipment a site lacks, usually for a planned offering, with its cost and funding."""

    __tablename__ = "equipment_need"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    type_id: Mapped[str] = mapped_column(ForeignKey("equipment_type.id"), index=True)
    offering_id: Mapped[str | None] = mapped_column(ForeignKey("offering.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(500))
    priority: Mapped[Priority] = enum_column(Priority, default=Priority.MEDIUM)
    status: Mapped[NeedStatus] = enum_column(NeedStatus, default=NeedStatus.IDENTIFIED)
    cost_override: Mapped[Decimal | None] = mapped_column(Money)
    funder_id: Mapped[str | None] = mapped_column(ForeignKey("partner.id"), index=True)


class Course(Record):
    """A certifying course of the catalogue (parcours de formation)."""

    __tablename__ = "course"
    __table_args__ = (
        CheckConstraint("level IS NULL OR level BETWEEN 3 AND 8", name="level"),
        CheckConstraint("hours IS NULL OR hours > 0", name="hours"),
        CheckConstraint(
            "min_learners IS NULL OR max_learners IS NULL OR min_learners <= max_learners",
            name="learners",
        ),
    )

    sector_id: Mapped[str] = mapped_column(ForeignKey("sector.id"), index=True)
    cnam_code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    certification_type: Mapped[CertificationType] = enum_column(CertificationType)
    rncp_code: Mapped[str | None] = mapped_column(String(12))
    rs_code: Mapped[str | None] = mapped_column(String(12))
    level: Mapped[int | None] = mapped_column(Integer)
    hours: Mapped[int | None] = mapped_column(Integer)
    ects: Mapped[int | None] = mapped_column(Integer)
    cpf_eligible: Mapped[bool] = mapped_column(Boolean, default=True)
    vae: Mapped[bool] = mapped_column(Boolean, default=False)
    allows_in_person: Mapped[bool] = mapped_column(Boolean, default=True)
    allows_distance: Mapped[bool] = mapped_column(Boolean, default=True)
    allows_hybrid: Mapped[bool] = mapped_column(Boolean, default=True)
    min_learners: Mapped[int | None] = mapped_column(Integer)
    max_learners: Mapped[int | None] = mapped_column(Integer)
    required_room_kind: Mapped[RoomKind | None] = enum_column(RoomKind, nullable=True)
    objectives: Mapped[str | None] = mapped_column(Text)
    prerequisites: Mapped[str | None] = mapped_column(Text)
    assessment: Mapped[str | None] = mapped_column(Text)
    disability_contact: Mapped[str | None] = mapped_column(String(200))

    sector: Mapped[Sector] = relationship()


class CourseEquipment(Record):
    """Equipment a course needs: so many per learner plus so many per group."""

    __tablename__ = "course_equipment"
    __table_args__ = (
        UniqueConstraint("course_id", "type_id"),
        CheckConstraint("per_learner >= 0 AND per_group >= 0", name="quantities"),
    )

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"), index=True)
    type_id: Mapped[str] = mapped_column(ForeignKey("equipment_type.id"), index=True)
    per_learner: Mapped[int] = mapped_column(Integer, default=0)
    per_group: Mapped[int] = mapped_column(Integer, default=0)


class Trainer(Record):
    __tablename__ = "trainer"

    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    home_centre: Mapped[str | None] = mapped_column(String(120))
    distance_ok: Mapped[bool] = mapped_column(Boolean, default=True)


class TrainerSector(Record):
    __tablename__ = "trainer_sector"
    __table_args__ = (UniqueConstraint("trainer_id", "sector_id"),)

    trainer_id: Mapped[str] = mapped_column(ForeignKey("trainer.id"), index=True)
    sector_id: Mapped[str] = mapped_column(ForeignKey("sector.id"), index=True)


class Offering(Record):
    """A course opened at a site for a period (ouverture / promotion)."""

    __tablename__ = "offering"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint(
            "planned_learners >= 0 AND enrolled_learners >= 0 AND funded_cpf >= 0 "
            "AND funded_employer >= 0 AND funded_jobseeker >= 0 AND funded_self >= 0",
            name="counts",
        ),
    )

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    period_label: Mapped[str] = mapped_column(String(80))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    modality: Mapped[Modality] = enum_column(Modality, default=Modality.IN_PERSON)
    planned_learners: Mapped[int] = mapped_column(Integer, default=0)
    enrolled_learners: Mapped[int] = mapped_column(Integer, default=0)
    funded_cpf: Mapped[int] = mapped_column(Integer, default=0)
    funded_employer: Mapped[int] = mapped_column(Integer, default=0)
    funded_jobseeker: Mapped[int] = mapped_column(Integer, default=0)
    funded_self: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[OfferingStatus] = enum_column(OfferingStatus, default=OfferingStatus.PLANNED)

    course: Mapped[Course] = relationship()
    site: Mapped[Site] = relationship()


class Session(Record):
    """One scheduled time slot of an offering (séance)."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="times"),
        Index("ix_session_room_slot", "room_id", "day", "start_time"),
        Index("ix_session_trainer_slot", "trainer_id", "day", "start_time"),
        Index("ix_session_offering_slot", "offering_id", "day", "start_time"),
        Index("ix_session_day", "day"),
        # The sessions list: live sessions in day order, with their offering, read
        # from the index alone (db/repositories/sessions.py; `deleted_at` is there so
        # that SQLite sees the index cover the query).
        Index(
            "ix_session_live_day",
            "day",
            "start_time",
            "id",
            "offering_id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        # The offerings list: each offering's live sessions counted and its next one
        # found from the index alone.
        Index(
            "ix_session_offering_live",
            "offering_id",
            "day",
            "status",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    offering_id: Mapped[str] = mapped_column(ForeignKey("offering.id"))
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    modality: Mapped[Modality] = enum_column(Modality, default=Modality.IN_PERSON)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("room.id"))
    video_link: Mapped[str | None] = mapped_column(String(500))
    trainer_id: Mapped[str | None] = mapped_column(ForeignKey("trainer.id"))
    unit_code: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[SessionStatus] = enum_column(SessionStatus, default=SessionStatus.PLANNED)
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)


class SessionGuest(Record):
    """An offering of another site whose learners join a distance or hybrid session."""

    __tablename__ = "session_guest"
    __table_args__ = (UniqueConstraint("session_id", "offering_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    offering_id: Mapped[str] = mapped_column(ForeignKey("offering.id"), index=True)


class Closure(Record):
    """A day range when sessions should not take place: holiday, site closure, school break.

    `site_id` NULL means the closure applies to every site of the region.
    """

    __tablename__ = "closure"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates"),
        Index("ix_closure_dates", "start_date", "end_date"),
    )

    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), index=True)
    kind: Mapped[ClosureKind] = enum_column(ClosureKind)
    label: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    subdivision: Mapped[str | None] = mapped_column(String(20))


class ErasureLog(Record):
    """One erasure of a person's data on request (GDPR): who was erased, never their data.

    `kind` is « formateur » or « contact partenaire »; `subject_id` the erased row's id.
    The same record goes to `erasures.jsonl` beside the database, so that an erasure is
    applied again after restoring a backup older than it.
    """

    __tablename__ = "erasure_log"

    kind: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(500))


class SyncPeer(Base):
    """A shared base this laptop synchronises with, and where the last pull stopped.

    `pull_mark`: the server's oldest running transaction when the last pull read (its
    `pg_snapshot_xmin`): every row written by an older transaction was pulled.
    """

    __tablename__ = "sync_peer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    server: Mapped[str] = mapped_column(String(500), unique=True)
    pull_mark: Mapped[int | None] = mapped_column(BigInteger)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_report: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    """A record changed on both sides (or refused by the other side) since the last
    synchronisation: left as it is on each side until a person chooses.

    `kind`: « modification » (both changed), « suppression » (deleted on one side,
    changed on the other) or « refus » (the shared base refused the row, say a code
    already used by another record). Values are JSON objects of column → value.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("peer_id", "table_name", "record_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    peer_id: Mapped[str] = mapped_column(ForeignKey("sync_peer.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    base_version: Mapped[int | None] = mapped_column(Integer)
    local_version: Mapped[int | None] = mapped_column(Integer)
    server_version: Mapped[int | None] = mapped_column(Integer)
    local_values: Mapped[str | None] = mapped_column(Text)
    server_values: Mapped[str | None] = mapped_column(Text)
    server_updated_by: Mapped[str | None] = mapped_column(String(120))
    server_updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    detail: Mapped[str | None] = mapped_column(String(500))
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncBase(Base):
    """A record as it was last exchanged with the shared base, kept on a laptop from the
    first change after that exchange (db/sync_base.py): the « before » of a conflict,
    so that each side's own changes can be told apart. `values`: JSON, column → value."""

    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    values: Mapped[str] = mapped_column(Text)
