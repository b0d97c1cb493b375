# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'series_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QToolButton, QVBoxLayout,
    QWidget)

from cnam_desktop.ui.widgets.step_time_edit import StepTimeEdit

class Ui_SeriesDialog(object):
    def setupUi(self, SeriesDialog):
        if not SeriesDialog.objectName():
            SeriesDialog.setObjectName(u"SeriesDialog")
        SeriesDialog.resize(980, 640)
        SeriesDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        SeriesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SeriesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(SeriesDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.seriesForm = QFormLayout()
        self.seriesForm.setObjectName(u"seriesForm")
        self.seriesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.seriesForm.setVerticalSpacing(4)
        self.offeringLabel = QLabel(SeriesDialog)
        self.offeringLabel.setObjectName(u"offeringLabel")

        self.seriesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offeringLabel)

        self.offeringCombo = QComboBox(SeriesDialog)
        self.offeringCombo.setObjectName(u"offeringCombo")
        self.offeringCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.offeringCombo.setMinimumContentsLength(30)

        self.seriesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offeringCombo)

        self.offeringError = QLabel(SeriesDialog)
        self.offeringError.setObjectName(u"offeringError")
        self.offeringError.setProperty(u"role", u"error")
        self.offeringError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.offeringError.setWordWrap(True)
        self.offeringError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.offeringError)

        self.weekdaysLabel = QLabel(SeriesDialog)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.seriesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weekdaysLabel)

        self.weekdaysBox = QWidget(SeriesDialog)
        self.weekdaysBox.setObjectName(u"weekdaysBox")
        self.weekdaysBox.setStyleSheet(u"QToolButton:checked { background-color: #1a5fb4; color: white; border: 1px solid #0b3d91; border-radius: 3px; }")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.weekdaysBox.sizePolicy().hasHeightForWidth())
        self.weekdaysBox.setSizePolicy(sizePolicy)
        self.weekdaysLayout = QHBoxLayout(self.weekdaysBox)
        self.weekdaysLayout.setSpacing(2)
        self.weekdaysLayout.setObjectName(u"weekdaysLayout")
        self.weekdaysLayout.setContentsMargins(0, 0, 0, 0)
        self.mondayButton = QToolButton(self.weekdaysBox)
        self.mondayButton.setObjectName(u"mondayButton")
        self.mondayButton.setCheckable(True)
        self.mondayButton.setMinimumSize(QSize(44, 0))

        self.weekdaysLayout.addWidget(self.mondayButton)

        self.tuesdayButton = QToolButton(self.weekdaysBox)
        self.tuesdayButton.setObjectName(u"tuesdayButton")
        self.tuesdayButton.setCheckable(True)
        self.tuesdayButton.setMinimumSize(QSize(44, 0))

        self.weekdaysLayout.addWidget(self.tuesdayButton)

        self.wednesdayButton = QToolButton(self.weekdaysBox)
        self.wednesdayButton.setObjectName(u"wednesdayButton")
        self.wednesdayButton.setCheckable(True)
        self.wednesdayButton.setMinimumSize(QSize(44, 0))

        self.weekdaysLayout.addWidget(self.wednesdayButton)

        self.thursdayButton = QToolButton(self.weekdaysBox)
        self.thursdayButton.setObjectName(u"thursdayButton")
        self.thursdayButton.setCheckable(True)
        self.thursdayButton.setMinimumSize(QSize(44, 0))

        self.weekdaysLayout.addWidget(self.thursdayButton)

        self.fridayButton = QToolButton(self.weekdaysBox)
        self.fridayButton.setObjectName(u"fridayButton")
        self.fridayButton.setCheckable(True)
        self.fridayButton.setMinimumSize(QSize(44, 0))

        self.weekdaysLayout.addWidget(self.fridayButton)

        self.saturdayButton = QToolButton(self.weekdaysBox)
        self.saturdayButton.setObjectName(u"saturdayButton")
        self.saturdayButton.setCheckable(True)
        self.saturdayButton.setMinimumSize(QSize(44, 0))

        self.weekdaysLayout.addWidget(self.saturdayButton)

        self.sundayButton = QToolButton(self.weekdaysBox)
        self.sundayButton.setObjectName(u"sundayButton")
        self.sundayButton.setCheckable(True)
        self.sundayButton.setMinimumSize(QSize(44, 0))

        self.weekdaysLayout.addWidget(self.sundayButton)

        self.weekdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdaysLayout.addItem(self.weekdaysSpacer)


        self.seriesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weekdaysBox)

        self.weekdaysError = QLabel(SeriesDialog)
        self.weekdaysError.setObjectName(u"weekdaysError")
        self.weekdaysError.setProperty(u"role", u"error")
        self.weekdaysError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.weekdaysError.setWordWrap(True)
        self.weekdaysError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.weekdaysError)

        self.startDateLabel = QLabel(SeriesDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.seriesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(SeriesDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setLocale(QLocale(QLocale.French, QLocale.France))

        self.seriesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startDateError = QLabel(SeriesDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setProperty(u"role", u"error")
        self.startDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.startDateError.setWordWrap(True)
        self.startDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.startDateError)

        self.endDateLabel = QLabel(SeriesDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.seriesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = QDateEdit(SeriesDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setLocale(QLocale(QLocale.French, QLocale.France))

        self.seriesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.endDateError = QLabel(SeriesDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setProperty(u"role", u"error")
        self.endDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.endDateError.setWordWrap(True)
        self.endDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.endDateError)

        self.periodError = QLabel(SeriesDialog)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setProperty(u"role", u"error")
        self.periodError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.periodError.setWordWrap(True)
        self.periodError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.periodError)

        self.everyWeeksLabel = QLabel(SeriesDialog)
        self.everyWeeksLabel.setObjectName(u"everyWeeksLabel")

        self.seriesForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.everyWeeksLabel)

        self.everyWeeksSpin = QSpinBox(SeriesDialog)
        self.everyWeeksSpin.setObjectName(u"everyWeeksSpin")
        self.everyWeeksSpin.setMinimum(1)
        self.everyWeeksSpin.setMaximum(12)

        self.seriesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.everyWeeksSpin)

        self.everyWeeksError = QLabel(SeriesDialog)
        self.everyWeeksError.setObjectName(u"everyWeeksError")
        self.everyWeeksError.setProperty(u"role", u"error")
        self.everyWeeksError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.everyWeeksError.setWordWrap(True)
        self.everyWeeksError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.everyWeeksError)

        self.skipSchoolCheck = QCheckBox(SeriesDialog)
        self.skipSchoolCheck.setObjectName(u"skipSchoolCheck")
        self.skipSchoolCheck.setChecked(True)

        self.seriesForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.skipSchoolCheck)

        self.timeLabel = QLabel(SeriesDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.seriesForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setSpacing(6)
        self.timeRow.setObjectName(u"timeRow")
        self.startTimeEdit = StepTimeEdit(SeriesDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.timeRow.addWidget(self.startTimeEdit)

        self.toLabel = QLabel(SeriesDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.endTimeEdit = StepTimeEdit(SeriesDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.timeRow.addWidget(self.endTimeEdit)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.seriesForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.startTimeError = QLabel(SeriesDialog)
        self.startTimeError.setObjectName(u"startTimeError")
        self.startTimeError.setProperty(u"role", u"error")
        self.startTimeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.startTimeError.setWordWrap(True)
        self.startTimeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.startTimeError)

        self.endTimeError = QLabel(SeriesDialog)
        self.endTimeError.setObjectName(u"endTimeError")
        self.endTimeError.setProperty(u"role", u"error")
        self.endTimeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.endTimeError.setWordWrap(True)
        self.endTimeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.endTimeError)

        self.modalityLabel = QLabel(SeriesDialog)
        self.modalityLabel.setObjectName(u"modalityLabel")

        self.seriesForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.modalityLabel)

        self.modalityCombo = QComboBox(SeriesDialog)
        self.modalityCombo.setObjectName(u"modalityCombo")

        self.seriesForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.modalityCombo)

        self.modalityError = QLabel(SeriesDialog)
        self.modalityError.setObjectName(u"modalityError")
        self.modalityError.setProperty(u"role", u"error")
        self.modalityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.modalityError.setWordWrap(True)
        self.modalityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.modalityError)

        self.roomLabel = QLabel(SeriesDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.seriesForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomRow = QHBoxLayout()
        self.roomRow.setSpacing(6)
        self.roomRow.setObjectName(u"roomRow")
        self.roomCombo = QComboBox(SeriesDialog)
        self.roomCombo.setObjectName(u"roomCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.roomCombo.sizePolicy().hasHeightForWidth())
        self.roomCombo.setSizePolicy(sizePolicy1)

        self.roomRow.addWidget(self.roomCombo)

        self.freeRoomButton = QPushButton(SeriesDialog)
        self.freeRoomButton.setObjectName(u"freeRoomButton")
        self.freeRoomButton.setAutoDefault(False)

        self.roomRow.addWidget(self.freeRoomButton)


        self.seriesForm.setLayout(17, QFormLayout.ItemRole.FieldRole, self.roomRow)

        self.roomError = QLabel(SeriesDialog)
        self.roomError.setObjectName(u"roomError")
        self.roomError.setProperty(u"role", u"error")
        self.roomError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.roomError.setWordWrap(True)
        self.roomError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.roomError)

        self.linkLabel = QLabel(SeriesDialog)
        self.linkLabel.setObjectName(u"linkLabel")

        self.seriesForm.setWidget(19, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkEdit = QLineEdit(SeriesDialog)
        self.linkEdit.setObjectName(u"linkEdit")
        self.linkEdit.setMaxLength(500)

        self.seriesForm.setWidget(19, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.linkError = QLabel(SeriesDialog)
        self.linkError.setObjectName(u"linkError")
        self.linkError.setProperty(u"role", u"error")
        self.linkError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.linkError.setWordWrap(True)
        self.linkError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.linkError)

        self.trainerLabel = QLabel(SeriesDialog)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.seriesForm.setWidget(21, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerCombo = QComboBox(SeriesDialog)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.seriesForm.setWidget(21, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.trainerError = QLabel(SeriesDialog)
        self.trainerError.setObjectName(u"trainerError")
        self.trainerError.setProperty(u"role", u"error")
        self.trainerError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.trainerError.setWordWrap(True)
        self.trainerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(22, QFormLayout.ItemRole.SpanningRole, self.trainerError)

        self.unitLabel = QLabel(SeriesDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.seriesForm.setWidget(23, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(SeriesDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(20)

        self.seriesForm.setWidget(23, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.unitError = QLabel(SeriesDialog)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setProperty(u"role", u"error")
        self.unitError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.unitError.setWordWrap(True)
        self.unitError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(24, QFormLayout.ItemRole.SpanningRole, self.unitError)

        self.guestsLabel = QLabel(SeriesDialog)
        self.guestsLabel.setObjectName(u"guestsLabel")

        self.seriesForm.setWidget(25, QFormLayout.ItemRole.LabelRole, self.guestsLabel)

        self.guestsList = QListWidget(SeriesDialog)
        self.guestsList.setObjectName(u"guestsList")
        self.guestsList.setMaximumSize(QSize(16777215, 96))

        self.seriesForm.setWidget(25, QFormLayout.ItemRole.FieldRole, self.guestsList)

        self.guestsError = QLabel(SeriesDialog)
        self.guestsError.setObjectName(u"guestsError")
        self.guestsError.setProperty(u"role", u"error")
        self.guestsError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.guestsError.setWordWrap(True)
        self.guestsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.seriesForm.setWidget(26, QFormLayout.ItemRole.SpanningRole, self.guestsError)


        self.columnsLayout.addLayout(self.seriesForm)

        self.previewBox = QGroupBox(SeriesDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewBox.setMinimumSize(QSize(330, 0))
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.descriptionLabel = QLabel(self.previewBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.descriptionLabel)

        self.countLabel = QLabel(self.previewBox)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"font-weight: bold;")

        self.previewLayout.addWidget(self.countLabel)

        self.datesLabel = QLabel(self.previewBox)
        self.datesLabel.setObjectName(u"datesLabel")
        self.datesLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.datesLabel)

        self.skippedLabel = QLabel(self.previewBox)
        self.skippedLabel.setObjectName(u"skippedLabel")

        self.previewLayout.addWidget(self.skippedLabel)

        self.skippedList = QListWidget(self.previewBox)
        self.skippedList.setObjectName(u"skippedList")
        self.skippedList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.skippedList.setAlternatingRowColors(True)
        self.skippedList.setWordWrap(True)

        self.previewLayout.addWidget(self.skippedList)

        self.previewMessage = QLabel(self.previewBox)
        self.previewMessage.setObjectName(u"previewMessage")
        self.previewMessage.setProperty(u"role", u"error")
        self.previewMessage.setWordWrap(True)

        self.previewLayout.addWidget(self.previewMessage)


        self.columnsLayout.addWidget(self.previewBox)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SeriesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.offeringLabel.setBuddy(self.offeringCombo)
        self.weekdaysLabel.setBuddy(self.mondayButton)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.everyWeeksLabel.setBuddy(self.everyWeeksSpin)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.modalityLabel.setBuddy(self.modalityCombo)
        self.roomLabel.setBuddy(self.roomCombo)
        self.linkLabel.setBuddy(self.linkEdit)
        self.trainerLabel.setBuddy(self.trainerCombo)
        self.unitLabel.setBuddy(self.unitEdit)
        self.guestsLabel.setBuddy(self.guestsList)
        self.skippedLabel.setBuddy(self.skippedList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offeringCombo, self.mondayButton)
        QWidget.setTabOrder(self.mondayButton, self.tuesdayButton)
        QWidget.setTabOrder(self.tuesdayButton, self.wednesdayButton)
        QWidget.setTabOrder(self.wednesdayButton, self.thursdayButton)
        QWidget.setTabOrder(self.thursdayButton, self.fridayButton)
        QWidget.setTabOrder(self.fridayButton, self.saturdayButton)
        QWidget.setTabOrder(self.saturdayButton, self.sundayButton)
        QWidget.setTabOrder(self.sundayButton, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.everyWeeksSpin)
        QWidget.setTabOrder(self.everyWeeksSpin, self.skipSchoolCheck)
        QWidget.setTabOrder(self.skipSchoolCheck, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.modalityCombo)
        QWidget.setTabOrder(self.modalityCombo, self.roomCombo)
        QWidget.setTabOrder(self.roomCombo, self.freeRoomButton)
        QWidget.setTabOrder(self.freeRoomButton, self.linkEdit)
        QWidget.setTabOrder(self.linkEdit, self.trainerCombo)
        QWidget.setTabOrder(self.trainerCombo, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.guestsList)
        QWidget.setTabOrder(self.guestsList, self.skippedList)
        QWidget.setTabOrder(self.skippedList, self.buttonBox)

        self.retranslateUi(SeriesDialog)
        self.buttonBox.accepted.connect(SeriesDialog.accept)
        self.buttonBox.rejected.connect(SeriesDialog.reject)

        QMetaObject.connectSlotsByName(SeriesDialog)
    # setupUi

    def retranslateUi(self, SeriesDialog):
        SeriesDialog.setWindowTitle(QCoreApplication.translate("SeriesDialog", u"Nouvelle s\u00e9rie de s\u00e9ances", None))
        self.offeringLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Ouverture *", None))
#if QT_CONFIG(accessibility)
        self.offeringCombo.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Ouverture (parcours, site, p\u00e9riode)", None))
#endif // QT_CONFIG(accessibility)
        self.weekdaysLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Jours *", None))
#if QT_CONFIG(accessibility)
        self.weekdaysBox.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Jours de la semaine", None))
#endif // QT_CONFIG(accessibility)
        self.mondayButton.setText(QCoreApplication.translate("SeriesDialog", u"lun.", None))
#if QT_CONFIG(accessibility)
        self.mondayButton.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"lundi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.mondayButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Lundi", None))
#endif // QT_CONFIG(tooltip)
        self.tuesdayButton.setText(QCoreApplication.translate("SeriesDialog", u"mar.", None))
#if QT_CONFIG(accessibility)
        self.tuesdayButton.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"mardi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.tuesdayButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Mardi", None))
#endif // QT_CONFIG(tooltip)
        self.wednesdayButton.setText(QCoreApplication.translate("SeriesDialog", u"mer.", None))
#if QT_CONFIG(accessibility)
        self.wednesdayButton.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"mercredi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.wednesdayButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Mercredi", None))
#endif // QT_CONFIG(tooltip)
        self.thursdayButton.setText(QCoreApplication.translate("SeriesDialog", u"jeu.", None))
#if QT_CONFIG(accessibility)
        self.thursdayButton.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"jeudi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.thursdayButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Jeudi", None))
#endif // QT_CONFIG(tooltip)
        self.fridayButton.setText(QCoreApplication.translate("SeriesDialog", u"ven.", None))
#if QT_CONFIG(accessibility)
        self.fridayButton.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"vendredi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fridayButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Vendredi", None))
#endif // QT_CONFIG(tooltip)
        self.saturdayButton.setText(QCoreApplication.translate("SeriesDialog", u"sam.", None))
#if QT_CONFIG(accessibility)
        self.saturdayButton.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"samedi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saturdayButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Samedi", None))
#endif // QT_CONFIG(tooltip)
        self.sundayButton.setText(QCoreApplication.translate("SeriesDialog", u"dim.", None))
#if QT_CONFIG(accessibility)
        self.sundayButton.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"dimanche", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sundayButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Dimanche", None))
#endif // QT_CONFIG(tooltip)
        self.startDateLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Du *", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("SeriesDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Premi\u00e8re date possible", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Au *", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("SeriesDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Derni\u00e8re date possible (incluse)", None))
#endif // QT_CONFIG(accessibility)
        self.everyWeeksLabel.setText(QCoreApplication.translate("SeriesDialog", u"Fr\u00e9&quence", None))
        self.everyWeeksSpin.setPrefix(QCoreApplication.translate("SeriesDialog", u"toutes les ", None))
        self.everyWeeksSpin.setSuffix(QCoreApplication.translate("SeriesDialog", u" semaines", None))
#if QT_CONFIG(accessibility)
        self.everyWeeksSpin.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Fr\u00e9quence en semaines", None))
#endif // QT_CONFIG(accessibility)
        self.skipSchoolCheck.setText(QCoreApplication.translate("SeriesDialog", u"Ne pas planifier pendant les &vacances scolaires", None))
#if QT_CONFIG(accessibility)
        self.skipSchoolCheck.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Ne pas planifier pendant les vacances scolaires", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Horaire *", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("SeriesDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Heure de d\u00e9but", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.startTimeEdit.setToolTip(QCoreApplication.translate("SeriesDialog", u"Les fl\u00e8ches avancent de 5 minutes", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("SeriesDialog", u"\u00e0", None))
        self.endTimeEdit.setDisplayFormat(QCoreApplication.translate("SeriesDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Heure de fin", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.endTimeEdit.setToolTip(QCoreApplication.translate("SeriesDialog", u"Les fl\u00e8ches avancent de 5 minutes", None))
#endif // QT_CONFIG(tooltip)
        self.modalityLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Modalit\u00e9", None))
#if QT_CONFIG(accessibility)
        self.modalityCombo.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Modalit\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.roomLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Salle", None))
#if QT_CONFIG(accessibility)
        self.roomCombo.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Salle (pr\u00e9sentiel ou hybride)", None))
#endif // QT_CONFIG(accessibility)
        self.freeRoomButton.setText(QCoreApplication.translate("SeriesDialog", u"Trouver une salle li&bre\u2026", None))
#if QT_CONFIG(tooltip)
        self.freeRoomButton.setToolTip(QCoreApplication.translate("SeriesDialog", u"Chercher une salle libre sur ce cr\u00e9neau, \u00e0 la bonne taille et \u00e9quip\u00e9e", None))
#endif // QT_CONFIG(tooltip)
        self.linkLabel.setText(QCoreApplication.translate("SeriesDialog", u"Lien de visio&conf\u00e9rence", None))
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("SeriesDialog", u"https://visio.exemple.fr/salle", None))
#if QT_CONFIG(accessibility)
        self.linkEdit.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Lien de visioconf\u00e9rence (\u00e0 distance ou hybride)", None))
#endif // QT_CONFIG(accessibility)
        self.trainerLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Formateur", None))
#if QT_CONFIG(accessibility)
        self.trainerCombo.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Formateur", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Unit\u00e9 d'enseignement", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("SeriesDialog", u"ex. NFE114", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Unit\u00e9 d'enseignement", None))
#endif // QT_CONFIG(accessibility)
        self.guestsLabel.setText(QCoreApplication.translate("SeriesDialog", u"Sites &invit\u00e9s", None))
#if QT_CONFIG(tooltip)
        self.guestsLabel.setToolTip(QCoreApplication.translate("SeriesDialog", u"\u00c0 distance ou hybride : les apprenants d'autres sites qui suivent la s\u00e9ance", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.guestsList.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Sites invit\u00e9s (\u00e0 distance ou hybride)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.guestsList.setToolTip(QCoreApplication.translate("SeriesDialog", u"\u00c0 distance ou hybride : cochez les ouvertures d'autres sites dont les apprenants suivent la s\u00e9ance", None))
#endif // QT_CONFIG(tooltip)
        self.previewBox.setTitle(QCoreApplication.translate("SeriesDialog", u"Aper\u00e7u de la s\u00e9rie", None))
#if QT_CONFIG(accessibility)
        self.descriptionLabel.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"R\u00e8gle de la s\u00e9rie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Nombre de s\u00e9ances", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.datesLabel.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Premi\u00e8re et derni\u00e8re s\u00e9ance", None))
#endif // QT_CONFIG(accessibility)
        self.skippedLabel.setText(QCoreApplication.translate("SeriesDialog", u"Jours e&xclus :", None))
#if QT_CONFIG(accessibility)
        self.skippedList.setAccessibleName(QCoreApplication.translate("SeriesDialog", u"Jours exclus et leur raison", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

