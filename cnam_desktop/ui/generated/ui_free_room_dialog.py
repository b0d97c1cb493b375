# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'free_room_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from cnam_desktop.ui.widgets.step_time_edit import StepTimeEdit

class Ui_FreeRoomDialog(object):
    def setupUi(self, FreeRoomDialog):
        if not FreeRoomDialog.objectName():
            FreeRoomDialog.setObjectName(u"FreeRoomDialog")
        FreeRoomDialog.resize(980, 540)
        FreeRoomDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }")
        FreeRoomDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FreeRoomDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.slotGroup = QGroupBox(FreeRoomDialog)
        self.slotGroup.setObjectName(u"slotGroup")
        self.slotGrid = QGridLayout(self.slotGroup)
        self.slotGrid.setObjectName(u"slotGrid")
        self.dateLabel = QLabel(self.slotGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.slotGrid.addWidget(self.dateLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(self.slotGroup)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMaximumSize(QSize(140, 16777215))

        self.slotGrid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.startLabel = QLabel(self.slotGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.slotGrid.addWidget(self.startLabel, 0, 2, 1, 1)

        self.startEdit = StepTimeEdit(self.slotGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMaximumSize(QSize(90, 16777215))

        self.slotGrid.addWidget(self.startEdit, 0, 3, 1, 1)

        self.endLabel = QLabel(self.slotGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.slotGrid.addWidget(self.endLabel, 0, 4, 1, 1)

        self.endEdit = StepTimeEdit(self.slotGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setMaximumSize(QSize(90, 16777215))

        self.slotGrid.addWidget(self.endEdit, 0, 5, 1, 1)

        self.slotSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slotGrid.addItem(self.slotSpacer, 0, 6, 1, 1)

        self.courseLabel = QLabel(self.slotGroup)
        self.courseLabel.setObjectName(u"courseLabel")

        self.slotGrid.addWidget(self.courseLabel, 1, 0, 1, 1)

        self.courseCombo = QComboBox(self.slotGroup)
        self.courseCombo.setObjectName(u"courseCombo")

        self.slotGrid.addWidget(self.courseCombo, 1, 1, 1, 6)

        self.kindLabel = QLabel(self.slotGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.slotGrid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(self.slotGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.slotGrid.addWidget(self.kindCombo, 2, 1, 1, 5)


        self.dialogLayout.addWidget(self.slotGroup)

        self.slotSummary = QLabel(FreeRoomDialog)
        self.slotSummary.setObjectName(u"slotSummary")
        self.slotSummary.setWordWrap(True)
        self.slotSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.slotSummary)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.scopeLabel = QLabel(FreeRoomDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.filterLayout.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(FreeRoomDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.filterLayout.addWidget(self.scopeCombo)

        self.learnersLabel = QLabel(FreeRoomDialog)
        self.learnersLabel.setObjectName(u"learnersLabel")

        self.filterLayout.addWidget(self.learnersLabel)

        self.learnersSpin = QSpinBox(FreeRoomDialog)
        self.learnersSpin.setObjectName(u"learnersSpin")
        self.learnersSpin.setMinimum(1)
        self.learnersSpin.setMaximum(999)

        self.filterLayout.addWidget(self.learnersSpin)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(FreeRoomDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.filterLayout)

        self.messageLabel = QLabel(FreeRoomDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setProperty(u"role", u"error")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.roomTable = QTableWidget(FreeRoomDialog)
        if (self.roomTable.columnCount() < 8):
            self.roomTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.roomTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.roomTable.setObjectName(u"roomTable")
        self.roomTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roomTable.setAlternatingRowColors(True)
        self.roomTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roomTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roomTable.setWordWrap(False)
        self.roomTable.setTabKeyNavigation(False)
        self.roomTable.horizontalHeader().setStretchLastSection(True)
        self.roomTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.roomTable)

        self.buttonBox = QDialogButtonBox(FreeRoomDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.courseLabel.setBuddy(self.courseCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.learnersLabel.setBuddy(self.learnersSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.courseCombo)
        QWidget.setTabOrder(self.courseCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.learnersSpin)
        QWidget.setTabOrder(self.learnersSpin, self.roomTable)
        QWidget.setTabOrder(self.roomTable, self.buttonBox)

        self.retranslateUi(FreeRoomDialog)
        self.buttonBox.accepted.connect(FreeRoomDialog.accept)
        self.buttonBox.rejected.connect(FreeRoomDialog.reject)

        QMetaObject.connectSlotsByName(FreeRoomDialog)
    # setupUi

    def retranslateUi(self, FreeRoomDialog):
        FreeRoomDialog.setWindowTitle(QCoreApplication.translate("FreeRoomDialog", u"Trouver une salle libre", None))
        self.slotGroup.setTitle(QCoreApplication.translate("FreeRoomDialog", u"Cr\u00e9neau recherch\u00e9", None))
        self.dateLabel.setText(QCoreApplication.translate("FreeRoomDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("FreeRoomDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Date du cr\u00e9neau", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("FreeRoomDialog", u"&Horaire : de", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("FreeRoomDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Heure de d\u00e9but", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("FreeRoomDialog", u"\u00e0", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("FreeRoomDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Heure de fin", None))
#endif // QT_CONFIG(accessibility)
        self.courseLabel.setText(QCoreApplication.translate("FreeRoomDialog", u"Pa&rcours", None))
#if QT_CONFIG(accessibility)
        self.courseCombo.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Parcours (type de salle et mat\u00e9riel requis)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.courseCombo.setToolTip(QCoreApplication.translate("FreeRoomDialog", u"Le parcours donne le type de salle et le mat\u00e9riel \u00e0 v\u00e9rifier", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("FreeRoomDialog", u"T&ype de salle", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Type de salle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.slotSummary.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Cr\u00e9neaux recherch\u00e9s", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("FreeRoomDialog", u"&Sites", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Sites o\u00f9 chercher", None))
#endif // QT_CONFIG(accessibility)
        self.learnersLabel.setText(QCoreApplication.translate("FreeRoomDialog", u"&Apprenants", None))
#if QT_CONFIG(accessibility)
        self.learnersSpin.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Nombre d'apprenants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.learnersSpin.setToolTip(QCoreApplication.translate("FreeRoomDialog", u"Les salles trop petites pour ce nombre d'apprenants sont \u00e9cart\u00e9es", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Nombre de salles trouv\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.roomTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FreeRoomDialog", u"Site", None))
        ___qtablewidgetitem1 = self.roomTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FreeRoomDialog", u"Ville", None))
        ___qtablewidgetitem2 = self.roomTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FreeRoomDialog", u"Salle", None))
        ___qtablewidgetitem3 = self.roomTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FreeRoomDialog", u"Type", None))
        ___qtablewidgetitem4 = self.roomTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("FreeRoomDialog", u"Capacit\u00e9", None))
        ___qtablewidgetitem5 = self.roomTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("FreeRoomDialog", u"Accessible", None))
        ___qtablewidgetitem6 = self.roomTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("FreeRoomDialog", u"Disponibilit\u00e9", None))
        ___qtablewidgetitem7 = self.roomTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("FreeRoomDialog", u"Mat\u00e9riel manquant", None))
#if QT_CONFIG(accessibility)
        self.roomTable.setAccessibleName(QCoreApplication.translate("FreeRoomDialog", u"Salles libres", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

