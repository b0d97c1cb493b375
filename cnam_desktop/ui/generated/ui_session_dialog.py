# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from cnam_desktop.ui.widgets.step_time_edit import StepTimeEdit

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(640, 470)
        SessionDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        SessionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SessionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(SessionDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.seriesLabel = QLabel(SessionDialog)
        self.seriesLabel.setObjectName(u"seriesLabel")
        self.seriesLabel.setProperty(u"role", u"notice")
        self.seriesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.seriesLabel)

        self.sessionForm = QFormLayout()
        self.sessionForm.setObjectName(u"sessionForm")
        self.sessionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sessionForm.setVerticalSpacing(4)
        self.offeringLabel = QLabel(SessionDialog)
        self.offeringLabel.setObjectName(u"offeringLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offeringLabel)

        self.offeringCombo = QComboBox(SessionDialog)
        self.offeringCombo.setObjectName(u"offeringCombo")
        self.offeringCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.offeringCombo.setMinimumContentsLength(30)

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offeringCombo)

        self.offeringError = QLabel(SessionDialog)
        self.offeringError.setObjectName(u"offeringError")
        self.offeringError.setProperty(u"role", u"error")
        self.offeringError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.offeringError.setWordWrap(True)
        self.offeringError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.offeringError)

        self.dayLabel = QLabel(SessionDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(SessionDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setLocale(QLocale(QLocale.French, QLocale.France))

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.dayError = QLabel(SessionDialog)
        self.dayError.setObjectName(u"dayError")
        self.dayError.setProperty(u"role", u"error")
        self.dayError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.dayError.setWordWrap(True)
        self.dayError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.dayError)

        self.timeLabel = QLabel(SessionDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setSpacing(6)
        self.timeRow.setObjectName(u"timeRow")
        self.startTimeEdit = StepTimeEdit(SessionDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.timeRow.addWidget(self.startTimeEdit)

        self.toLabel = QLabel(SessionDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.endTimeEdit = StepTimeEdit(SessionDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.timeRow.addWidget(self.endTimeEdit)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.sessionForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.startTimeError = QLabel(SessionDialog)
        self.startTimeError.setObjectName(u"startTimeError")
        self.startTimeError.setProperty(u"role", u"error")
        self.startTimeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.startTimeError.setWordWrap(True)
        self.startTimeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.startTimeError)

        self.endTimeError = QLabel(SessionDialog)
        self.endTimeError.setObjectName(u"endTimeError")
        self.endTimeError.setProperty(u"role", u"error")
        self.endTimeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.endTimeError.setWordWrap(True)
        self.endTimeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.endTimeError)

        self.modalityLabel = QLabel(SessionDialog)
        self.modalityLabel.setObjectName(u"modalityLabel")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.modalityLabel)

        self.modalityCombo = QComboBox(SessionDialog)
        self.modalityCombo.setObjectName(u"modalityCombo")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.modalityCombo)

        self.modalityError = QLabel(SessionDialog)
        self.modalityError.setObjectName(u"modalityError")
        self.modalityError.setProperty(u"role", u"error")
        self.modalityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.modalityError.setWordWrap(True)
        self.modalityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.modalityError)

        self.roomLabel = QLabel(SessionDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.sessionForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomRow = QHBoxLayout()
        self.roomRow.setSpacing(6)
        self.roomRow.setObjectName(u"roomRow")
        self.roomCombo = QComboBox(SessionDialog)
        self.roomCombo.setObjectName(u"roomCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roomCombo.sizePolicy().hasHeightForWidth())
        self.roomCombo.setSizePolicy(sizePolicy)

        self.roomRow.addWidget(self.roomCombo)

        self.freeRoomButton = QPushButton(SessionDialog)
        self.freeRoomButton.setObjectName(u"freeRoomButton")
        self.freeRoomButton.setAutoDefault(False)

        self.roomRow.addWidget(self.freeRoomButton)


        self.sessionForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.roomRow)

        self.roomError = QLabel(SessionDialog)
        self.roomError.setObjectName(u"roomError")
        self.roomError.setProperty(u"role", u"error")
        self.roomError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.roomError.setWordWrap(True)
        self.roomError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.roomError)

        self.linkLabel = QLabel(SessionDialog)
        self.linkLabel.setObjectName(u"linkLabel")

        self.sessionForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkEdit = QLineEdit(SessionDialog)
        self.linkEdit.setObjectName(u"linkEdit")
        self.linkEdit.setMaxLength(500)

        self.sessionForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.linkError = QLabel(SessionDialog)
        self.linkError.setObjectName(u"linkError")
        self.linkError.setProperty(u"role", u"error")
        self.linkError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.linkError.setWordWrap(True)
        self.linkError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.linkError)

        self.trainerLabel = QLabel(SessionDialog)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.sessionForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(SessionDialog)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.sessionForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.trainerError = QLabel(SessionDialog)
        self.trainerError.setObjectName(u"trainerError")
        self.trainerError.setProperty(u"role", u"error")
        self.trainerError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.trainerError.setWordWrap(True)
        self.trainerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.trainerError)

        self.unitLabel = QLabel(SessionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.sessionForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(SessionDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(20)

        self.sessionForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.unitError = QLabel(SessionDialog)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setProperty(u"role", u"error")
        self.unitError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.unitError.setWordWrap(True)
        self.unitError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.unitError)

        self.statusLabel = QLabel(SessionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.sessionForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(SessionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.sessionForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(SessionDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setProperty(u"role", u"error")
        self.statusError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.statusError)

        self.guestsLabel = QLabel(SessionDialog)
        self.guestsLabel.setObjectName(u"guestsLabel")

        self.sessionForm.setWidget(19, QFormLayout.ItemRole.LabelRole, self.guestsLabel)

        self.guestsList = QListWidget(SessionDialog)
        self.guestsList.setObjectName(u"guestsList")
        self.guestsList.setMaximumSize(QSize(16777215, 96))

        self.sessionForm.setWidget(19, QFormLayout.ItemRole.FieldRole, self.guestsList)

        self.guestsError = QLabel(SessionDialog)
        self.guestsError.setObjectName(u"guestsError")
        self.guestsError.setProperty(u"role", u"error")
        self.guestsError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.guestsError.setWordWrap(True)
        self.guestsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.guestsError)


        self.dialogLayout.addLayout(self.sessionForm)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.offeringLabel.setBuddy(self.offeringCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.modalityLabel.setBuddy(self.modalityCombo)
        self.roomLabel.setBuddy(self.roomCombo)
        self.linkLabel.setBuddy(self.linkEdit)
        self.trainerLabel.setBuddy(self.trainerCombo)
        self.unitLabel.setBuddy(self.unitEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.guestsLabel.setBuddy(self.guestsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offeringCombo, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.modalityCombo)
        QWidget.setTabOrder(self.modalityCombo, self.roomCombo)
        QWidget.setTabOrder(self.roomCombo, self.freeRoomButton)
        QWidget.setTabOrder(self.freeRoomButton, self.linkEdit)
        QWidget.setTabOrder(self.linkEdit, self.trainerCombo)
        QWidget.setTabOrder(self.trainerCombo, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.guestsList)
        QWidget.setTabOrder(self.guestsList, self.buttonBox)

        self.retranslateUi(SessionDialog)
        self.buttonBox.accepted.connect(SessionDialog.accept)
        self.buttonBox.rejected.connect(SessionDialog.reject)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"S\u00e9ance", None))
        self.offeringLabel.setText(QCoreApplication.translate("SessionDialog", u"&Ouverture *", None))
#if QT_CONFIG(accessibility)
        self.offeringCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Ouverture (parcours, site, p\u00e9riode)", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("SessionDialog", u"&Date *", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dddd dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Date de la s\u00e9ance", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("SessionDialog", u"&Horaire *", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Heure de d\u00e9but", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.startTimeEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Les fl\u00e8ches avancent de 5 minutes", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("SessionDialog", u"\u00e0", None))
        self.endTimeEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Heure de fin", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.endTimeEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Les fl\u00e8ches avancent de 5 minutes", None))
#endif // QT_CONFIG(tooltip)
        self.modalityLabel.setText(QCoreApplication.translate("SessionDialog", u"&Modalit\u00e9", None))
#if QT_CONFIG(accessibility)
        self.modalityCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Modalit\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.roomLabel.setText(QCoreApplication.translate("SessionDialog", u"&Salle", None))
#if QT_CONFIG(accessibility)
        self.roomCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Salle (pr\u00e9sentiel ou hybride)", None))
#endif // QT_CONFIG(accessibility)
        self.freeRoomButton.setText(QCoreApplication.translate("SessionDialog", u"Trouver une salle li&bre\u2026", None))
#if QT_CONFIG(tooltip)
        self.freeRoomButton.setToolTip(QCoreApplication.translate("SessionDialog", u"Chercher une salle libre sur ce cr\u00e9neau, \u00e0 la bonne taille et \u00e9quip\u00e9e", None))
#endif // QT_CONFIG(tooltip)
        self.linkLabel.setText(QCoreApplication.translate("SessionDialog", u"Lien de visio&conf\u00e9rence", None))
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"https://visio.exemple.fr/salle", None))
#if QT_CONFIG(accessibility)
        self.linkEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Lien de visioconf\u00e9rence (\u00e0 distance ou hybride)", None))
#endif // QT_CONFIG(accessibility)
        self.trainerLabel.setText(QCoreApplication.translate("SessionDialog", u"&Formateur", None))
#if QT_CONFIG(accessibility)
        self.trainerCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Formateur", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("SessionDialog", u"&Unit\u00e9 d'enseignement", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"ex. NFE114", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Unit\u00e9 d'enseignement", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("SessionDialog", u"S&tatut", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Statut de la s\u00e9ance", None))
#endif // QT_CONFIG(accessibility)
        self.guestsLabel.setText(QCoreApplication.translate("SessionDialog", u"Sites &invit\u00e9s", None))
#if QT_CONFIG(tooltip)
        self.guestsLabel.setToolTip(QCoreApplication.translate("SessionDialog", u"\u00c0 distance ou hybride : les apprenants d'autres sites qui suivent la s\u00e9ance", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.guestsList.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Sites invit\u00e9s (\u00e0 distance ou hybride)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.guestsList.setToolTip(QCoreApplication.translate("SessionDialog", u"\u00c0 distance ou hybride : cochez les ouvertures d'autres sites dont les apprenants suivent la s\u00e9ance", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

