# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        ListPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(ListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.searchEdit = QLineEdit(ListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.actionLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(ListPage)
        self.newButton.setObjectName(u"newButton")

        self.actionLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ListPage)
        self.editButton.setObjectName(u"editButton")

        self.actionLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ListPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionLayout.addWidget(self.deleteButton)

        self.exportButton = QPushButton(ListPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.actionLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(ListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(ListPage)
        self.table.setObjectName(u"table")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        QWidget.setTabOrder(self.searchEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.table)

        self.retranslateUi(ListPage)

        QMetaObject.connectSlotsByName(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ListPage", u"Rechercher", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ListPage", u"Rechercher\u2026", None))
        self.newButton.setText(QCoreApplication.translate("ListPage", u"&Nouveau\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ListPage", u"&Modifier\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ListPage", u"Modifier la ligne s\u00e9lectionn\u00e9e (Entr\u00e9e ou double-clic)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ListPage", u"&Supprimer\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ListPage", u"Supprimer les lignes s\u00e9lectionn\u00e9es (Suppr)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ListPage", u"E&xporter la vue\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ListPage", u"Enregistrer les lignes affich\u00e9es dans un classeur Excel (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ListPage", u"Liste", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

