"""The page of an area not built yet: what it will do, not a blank page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cnam_desktop.ui.areas import Area


class ComingSoonPage(QWidget):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"comingSoon_{area.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)

        title = QLabel(area.title, self)
        title.setObjectName("comingSoonTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        layout.addWidget(title)

        badge = QLabel("Rubrique à venir", self)
        badge.setObjectName("comingSoonBadge")
        badge.setStyleSheet("color: #8a5a00; font-weight: bold;")
        layout.addWidget(badge)

        items = "".join(f"<li>{escape(f, quote=False)}</li>" for f in area.features)
        body = QLabel(self)
        body.setObjectName("comingSoonBody")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setText(
            f"<p>{escape(area.summary, quote=False)}</p>"
            "<p>Cette rubrique est en cours de réalisation. Elle permettra de gérer :</p>"
            f"<ul>{items}</ul>"
            "<p style='color:#5f6368'>En attendant, les sites, leurs partenaires, leurs "
            "salles et leurs formations sont consultables dans la rubrique « Sites » "
            "(Ctrl+2).</p>"
        )
        body.setMaximumWidth(760)
        layout.addWidget(body)
        layout.addStretch(1)

    def text(self) -> str:
        """The page's words, as plain text (for tests)."""
        labels = self.findChildren(QLabel)
        return "\n".join(label.text() for label in labels)
