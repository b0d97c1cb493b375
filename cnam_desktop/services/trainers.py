"""Trainer use cases: list, read, create, update, delete, restore, GDPR erasure."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import trainers as repo
from cnam_desktop.db.repositories.common import get_any, restore, tombstone
from cnam_desktop.domain.trainers import (
    TrainerData,
    TrainerFilter,
    TrainerRow,
    validate_trainer,
)
from cnam_desktop.domain.usage import InUseError


class TrainerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_ids(
        self,
        flt: TrainerFilter | None = None,
        sort: str = "last_name",
        descending: bool = False,
        *,
        today: date | None = None,
    ) -> list[str]:
        with self._db.reader() as s:
            return repo.list_ids(s, flt or TrainerFilter(), sort, descending, today)

    def rows(self, ids: Sequence[str], *, today: date | None = None) -> dict[str, TrainerRow]:
        with self._db.reader() as s:
            return repo.rows_by_id(s, ids, today or date.today())

    def get(self, trainer_id: str) -> TrainerData:
        with self._db.reader() as s:
            return repo.to_data(s, repo.get(s, trainer_id))

    def create(self, data: TrainerData) -> str:
        data = validate_trainer(data)
        with self._db.uow() as s:
            trainer = m.Trainer()
            repo.apply_data(trainer, data)
            s.add(trainer)
            s.flush()
            repo.replace_sectors(s, trainer.id, data.sector_ids)
            return trainer.id

    def update(self, trainer_id: str, data: TrainerData) -> None:
        data = validate_trainer(data)
        with self._db.uow() as s:
            trainer = repo.get(s, trainer_id)
            repo.apply_data(trainer, data)
            repo.replace_sectors(s, trainer_id, data.sector_ids)

    def delete(self, trainer_id: str, *, today: date | None = None) -> None:
        """Tombstone a trainer; refused (`InUseError`) while sessions from today on use them."""
        with self._db.uow() as s:
            trainer = repo.get(s, trainer_id)
            count, first = repo.upcoming_sessions(s, trainer_id, today or date.today())
            if count:
                raise InUseError(
                    f"le formateur « {trainer.first_name} {trainer.last_name} »",
                    "séances à venir" if count > 1 else "séance à venir",
                    count,
                    f"Prochaine séance le {first:%d/%m/%Y} : confiez-les à un autre formateur."
                    if first
                    else None,
                )
            tombstone(trainer)

    def restore(self, trainer_id: str) -> None:
        """Undo a delete (the sector links were left as they were)."""
        with self._db.uow() as s:
            restore(get_any(s, m.Trainer, trainer_id, "Formateur"))
