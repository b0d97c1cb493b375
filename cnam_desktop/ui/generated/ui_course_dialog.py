# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CourseDialog(object):
    def setupUi(self, CourseDialog):
        if not CourseDialog.objectName():
            CourseDialog.setObjectName(u"CourseDialog")
        CourseDialog.resize(820, 560)
        CourseDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        CourseDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CourseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(CourseDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.tabs = QTabWidget(CourseDialog)
        self.tabs.setObjectName(u"tabs")
        self.identityTab = QWidget()
        self.identityTab.setObjectName(u"identityTab")
        self.identityLayout = QVBoxLayout(self.identityTab)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityForm.setVerticalSpacing(4)
        self.sectorLabel = QLabel(self.identityTab)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorCombo = QComboBox(self.identityTab)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.sectorError = QLabel(self.identityTab)
        self.sectorError.setObjectName(u"sectorError")
        self.sectorError.setProperty(u"role", u"error")
        self.sectorError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.sectorError.setWordWrap(True)
        self.sectorError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.sectorError)

        self.cnamCodeLabel = QLabel(self.identityTab)
        self.cnamCodeLabel.setObjectName(u"cnamCodeLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cnamCodeLabel)

        self.cnamCodeEdit = QLineEdit(self.identityTab)
        self.cnamCodeEdit.setObjectName(u"cnamCodeEdit")
        self.cnamCodeEdit.setMaxLength(20)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cnamCodeEdit)

        self.cnamCodeError = QLabel(self.identityTab)
        self.cnamCodeError.setObjectName(u"cnamCodeError")
        self.cnamCodeError.setProperty(u"role", u"error")
        self.cnamCodeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.cnamCodeError.setWordWrap(True)
        self.cnamCodeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.cnamCodeError)

        self.titleLabel = QLabel(self.identityTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.identityTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.identityTab)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setProperty(u"role", u"error")
        self.titleError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.titleError.setWordWrap(True)
        self.titleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.titleError)


        self.identityLayout.addLayout(self.identityForm)

        self.identityColumns = QHBoxLayout()
        self.identityColumns.setObjectName(u"identityColumns")
        self.certificationForm = QFormLayout()
        self.certificationForm.setObjectName(u"certificationForm")
        self.certificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.certificationForm.setVerticalSpacing(4)
        self.certificationLabel = QLabel(self.identityTab)
        self.certificationLabel.setObjectName(u"certificationLabel")

        self.certificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.certificationLabel)

        self.certificationCombo = QComboBox(self.identityTab)
        self.certificationCombo.setObjectName(u"certificationCombo")

        self.certificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.certificationCombo)

        self.certificationError = QLabel(self.identityTab)
        self.certificationError.setObjectName(u"certificationError")
        self.certificationError.setProperty(u"role", u"error")
        self.certificationError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.certificationError.setWordWrap(True)
        self.certificationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificationForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.certificationError)

        self.rncpLabel = QLabel(self.identityTab)
        self.rncpLabel.setObjectName(u"rncpLabel")

        self.certificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rncpLabel)

        self.rncpEdit = QLineEdit(self.identityTab)
        self.rncpEdit.setObjectName(u"rncpEdit")
        self.rncpEdit.setMaxLength(12)

        self.certificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rncpEdit)

        self.rncpError = QLabel(self.identityTab)
        self.rncpError.setObjectName(u"rncpError")
        self.rncpError.setProperty(u"role", u"error")
        self.rncpError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.rncpError.setWordWrap(True)
        self.rncpError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificationForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.rncpError)

        self.rsLabel = QLabel(self.identityTab)
        self.rsLabel.setObjectName(u"rsLabel")

        self.certificationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rsLabel)

        self.rsEdit = QLineEdit(self.identityTab)
        self.rsEdit.setObjectName(u"rsEdit")
        self.rsEdit.setMaxLength(10)

        self.certificationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rsEdit)

        self.rsError = QLabel(self.identityTab)
        self.rsError.setObjectName(u"rsError")
        self.rsError.setProperty(u"role", u"error")
        self.rsError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.rsError.setWordWrap(True)
        self.rsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificationForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.rsError)

        self.levelLabel = QLabel(self.identityTab)
        self.levelLabel.setObjectName(u"levelLabel")

        self.certificationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.identityTab)
        self.levelCombo.setObjectName(u"levelCombo")

        self.certificationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.levelError = QLabel(self.identityTab)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setProperty(u"role", u"error")
        self.levelError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.levelError.setWordWrap(True)
        self.levelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificationForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.levelError)

        self.hoursLabel = QLabel(self.identityTab)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.certificationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursEdit = QLineEdit(self.identityTab)
        self.hoursEdit.setObjectName(u"hoursEdit")
        self.hoursEdit.setMaxLength(6)

        self.certificationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.hoursError = QLabel(self.identityTab)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setProperty(u"role", u"error")
        self.hoursError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.hoursError.setWordWrap(True)
        self.hoursError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificationForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.hoursError)

        self.ectsLabel = QLabel(self.identityTab)
        self.ectsLabel.setObjectName(u"ectsLabel")

        self.certificationForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.ectsLabel)

        self.ectsEdit = QLineEdit(self.identityTab)
        self.ectsEdit.setObjectName(u"ectsEdit")
        self.ectsEdit.setMaxLength(4)

        self.certificationForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.ectsEdit)

        self.ectsError = QLabel(self.identityTab)
        self.ectsError.setObjectName(u"ectsError")
        self.ectsError.setProperty(u"role", u"error")
        self.ectsError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.ectsError.setWordWrap(True)
        self.ectsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificationForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.ectsError)

        self.certificationFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.certificationForm.setItem(12, QFormLayout.ItemRole.SpanningRole, self.certificationFormSpacer)


        self.identityColumns.addLayout(self.certificationForm)

        self.organisationForm = QFormLayout()
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisationForm.setVerticalSpacing(4)
        self.fundingLabel = QLabel(self.identityTab)
        self.fundingLabel.setObjectName(u"fundingLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fundingLabel)

        self.fundingLayout = QHBoxLayout()
        self.fundingLayout.setObjectName(u"fundingLayout")
        self.cpfCheck = QCheckBox(self.identityTab)
        self.cpfCheck.setObjectName(u"cpfCheck")

        self.fundingLayout.addWidget(self.cpfCheck)

        self.vaeCheck = QCheckBox(self.identityTab)
        self.vaeCheck.setObjectName(u"vaeCheck")

        self.fundingLayout.addWidget(self.vaeCheck)


        self.organisationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fundingLayout)

        self.modalitiesLabel = QLabel(self.identityTab)
        self.modalitiesLabel.setObjectName(u"modalitiesLabel")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modalitiesLabel)

        self.modalitiesLayout = QHBoxLayout()
        self.modalitiesLayout.setObjectName(u"modalitiesLayout")
        self.inPersonCheck = QCheckBox(self.identityTab)
        self.inPersonCheck.setObjectName(u"inPersonCheck")

        self.modalitiesLayout.addWidget(self.inPersonCheck)

        self.distanceCheck = QCheckBox(self.identityTab)
        self.distanceCheck.setObjectName(u"distanceCheck")

        self.modalitiesLayout.addWidget(self.distanceCheck)

        self.hybridCheck = QCheckBox(self.identityTab)
        self.hybridCheck.setObjectName(u"hybridCheck")

        self.modalitiesLayout.addWidget(self.hybridCheck)


        self.organisationForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.modalitiesLayout)

        self.modalitiesError = QLabel(self.identityTab)
        self.modalitiesError.setObjectName(u"modalitiesError")
        self.modalitiesError.setProperty(u"role", u"error")
        self.modalitiesError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.modalitiesError.setWordWrap(True)
        self.modalitiesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.modalitiesError)

        self.minLearnersLabel = QLabel(self.identityTab)
        self.minLearnersLabel.setObjectName(u"minLearnersLabel")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minLearnersLabel)

        self.minLearnersEdit = QLineEdit(self.identityTab)
        self.minLearnersEdit.setObjectName(u"minLearnersEdit")
        self.minLearnersEdit.setMaxLength(4)

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minLearnersEdit)

        self.minLearnersError = QLabel(self.identityTab)
        self.minLearnersError.setObjectName(u"minLearnersError")
        self.minLearnersError.setProperty(u"role", u"error")
        self.minLearnersError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.minLearnersError.setWordWrap(True)
        self.minLearnersError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.minLearnersError)

        self.maxLearnersLabel = QLabel(self.identityTab)
        self.maxLearnersLabel.setObjectName(u"maxLearnersLabel")

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.maxLearnersLabel)

        self.maxLearnersEdit = QLineEdit(self.identityTab)
        self.maxLearnersEdit.setObjectName(u"maxLearnersEdit")
        self.maxLearnersEdit.setMaxLength(4)

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.maxLearnersEdit)

        self.maxLearnersError = QLabel(self.identityTab)
        self.maxLearnersError.setObjectName(u"maxLearnersError")
        self.maxLearnersError.setProperty(u"role", u"error")
        self.maxLearnersError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.maxLearnersError.setWordWrap(True)
        self.maxLearnersError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.organisationForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.maxLearnersError)

        self.roomKindLabel = QLabel(self.identityTab)
        self.roomKindLabel.setObjectName(u"roomKindLabel")

        self.organisationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.roomKindLabel)

        self.roomKindCombo = QComboBox(self.identityTab)
        self.roomKindCombo.setObjectName(u"roomKindCombo")

        self.organisationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.roomKindCombo)

        self.roomKindError = QLabel(self.identityTab)
        self.roomKindError.setObjectName(u"roomKindError")
        self.roomKindError.setProperty(u"role", u"error")
        self.roomKindError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.roomKindError.setWordWrap(True)
        self.roomKindError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.organisationForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.roomKindError)

        self.organisationFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisationForm.setItem(9, QFormLayout.ItemRole.SpanningRole, self.organisationFormSpacer)


        self.identityColumns.addLayout(self.organisationForm)


        self.identityLayout.addLayout(self.identityColumns)

        self.tabs.addTab(self.identityTab, "")
        self.publicTab = QWidget()
        self.publicTab.setObjectName(u"publicTab")
        self.publicLayout = QVBoxLayout(self.publicTab)
        self.publicLayout.setObjectName(u"publicLayout")
        self.publicNotice = QLabel(self.publicTab)
        self.publicNotice.setObjectName(u"publicNotice")
        self.publicNotice.setWordWrap(True)
        self.publicNotice.setProperty(u"role", u"notice")

        self.publicLayout.addWidget(self.publicNotice)

        self.publicForm = QFormLayout()
        self.publicForm.setObjectName(u"publicForm")
        self.publicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.publicForm.setVerticalSpacing(4)
        self.objectivesLabel = QLabel(self.publicTab)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.publicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectivesEdit = QPlainTextEdit(self.publicTab)
        self.objectivesEdit.setObjectName(u"objectivesEdit")
        self.objectivesEdit.setTabChangesFocus(True)

        self.publicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objectivesEdit)

        self.objectivesError = QLabel(self.publicTab)
        self.objectivesError.setObjectName(u"objectivesError")
        self.objectivesError.setProperty(u"role", u"error")
        self.objectivesError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.objectivesError.setWordWrap(True)
        self.objectivesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.publicForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.objectivesError)

        self.prerequisitesLabel = QLabel(self.publicTab)
        self.prerequisitesLabel.setObjectName(u"prerequisitesLabel")

        self.publicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.prerequisitesLabel)

        self.prerequisitesEdit = QPlainTextEdit(self.publicTab)
        self.prerequisitesEdit.setObjectName(u"prerequisitesEdit")
        self.prerequisitesEdit.setTabChangesFocus(True)

        self.publicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.prerequisitesEdit)

        self.prerequisitesError = QLabel(self.publicTab)
        self.prerequisitesError.setObjectName(u"prerequisitesError")
        self.prerequisitesError.setProperty(u"role", u"error")
        self.prerequisitesError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.prerequisitesError.setWordWrap(True)
        self.prerequisitesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.publicForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.prerequisitesError)

        self.assessmentLabel = QLabel(self.publicTab)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.publicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.assessmentLabel)

        self.assessmentEdit = QPlainTextEdit(self.publicTab)
        self.assessmentEdit.setObjectName(u"assessmentEdit")
        self.assessmentEdit.setTabChangesFocus(True)

        self.publicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assessmentEdit)

        self.assessmentError = QLabel(self.publicTab)
        self.assessmentError.setObjectName(u"assessmentError")
        self.assessmentError.setProperty(u"role", u"error")
        self.assessmentError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.assessmentError.setWordWrap(True)
        self.assessmentError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.publicForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.assessmentError)

        self.disabilityLabel = QLabel(self.publicTab)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.publicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.disabilityLabel)

        self.disabilityContactEdit = QLineEdit(self.publicTab)
        self.disabilityContactEdit.setObjectName(u"disabilityContactEdit")
        self.disabilityContactEdit.setMaxLength(200)

        self.publicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.disabilityContactEdit)

        self.disabilityContactError = QLabel(self.publicTab)
        self.disabilityContactError.setObjectName(u"disabilityContactError")
        self.disabilityContactError.setProperty(u"role", u"error")
        self.disabilityContactError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.disabilityContactError.setWordWrap(True)
        self.disabilityContactError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.publicForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.disabilityContactError)


        self.publicLayout.addLayout(self.publicForm)

        self.tabs.addTab(self.publicTab, "")
        self.equipmentTab = QWidget()
        self.equipmentTab.setObjectName(u"equipmentTab")
        self.equipmentLayout = QVBoxLayout(self.equipmentTab)
        self.equipmentLayout.setObjectName(u"equipmentLayout")
        self.equipmentNotice = QLabel(self.equipmentTab)
        self.equipmentNotice.setObjectName(u"equipmentNotice")
        self.equipmentNotice.setWordWrap(True)
        self.equipmentNotice.setProperty(u"role", u"notice")

        self.equipmentLayout.addWidget(self.equipmentNotice)

        self.equipmentTable = QTableWidget(self.equipmentTab)
        if (self.equipmentTable.columnCount() < 3):
            self.equipmentTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.equipmentTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.equipmentTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.equipmentTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.equipmentTable.setObjectName(u"equipmentTable")
        self.equipmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.equipmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.equipmentTable.setTabKeyNavigation(False)
        self.equipmentTable.setColumnCount(3)

        self.equipmentLayout.addWidget(self.equipmentTable)

        self.equipmentButtons = QHBoxLayout()
        self.equipmentButtons.setObjectName(u"equipmentButtons")
        self.addLineButton = QPushButton(self.equipmentTab)
        self.addLineButton.setObjectName(u"addLineButton")

        self.equipmentButtons.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.equipmentTab)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.equipmentButtons.addWidget(self.removeLineButton)

        self.equipmentButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.equipmentButtons.addItem(self.equipmentButtonsSpacer)


        self.equipmentLayout.addLayout(self.equipmentButtons)

        self.tabs.addTab(self.equipmentTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(CourseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sectorLabel.setBuddy(self.sectorCombo)
        self.cnamCodeLabel.setBuddy(self.cnamCodeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.certificationLabel.setBuddy(self.certificationCombo)
        self.rncpLabel.setBuddy(self.rncpEdit)
        self.rsLabel.setBuddy(self.rsEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.ectsLabel.setBuddy(self.ectsEdit)
        self.minLearnersLabel.setBuddy(self.minLearnersEdit)
        self.maxLearnersLabel.setBuddy(self.maxLearnersEdit)
        self.roomKindLabel.setBuddy(self.roomKindCombo)
        self.objectivesLabel.setBuddy(self.objectivesEdit)
        self.prerequisitesLabel.setBuddy(self.prerequisitesEdit)
        self.assessmentLabel.setBuddy(self.assessmentEdit)
        self.disabilityLabel.setBuddy(self.disabilityContactEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.cnamCodeEdit)
        QWidget.setTabOrder(self.cnamCodeEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.certificationCombo)
        QWidget.setTabOrder(self.certificationCombo, self.rncpEdit)
        QWidget.setTabOrder(self.rncpEdit, self.rsEdit)
        QWidget.setTabOrder(self.rsEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.ectsEdit)
        QWidget.setTabOrder(self.ectsEdit, self.cpfCheck)
        QWidget.setTabOrder(self.cpfCheck, self.vaeCheck)
        QWidget.setTabOrder(self.vaeCheck, self.inPersonCheck)
        QWidget.setTabOrder(self.inPersonCheck, self.distanceCheck)
        QWidget.setTabOrder(self.distanceCheck, self.hybridCheck)
        QWidget.setTabOrder(self.hybridCheck, self.minLearnersEdit)
        QWidget.setTabOrder(self.minLearnersEdit, self.maxLearnersEdit)
        QWidget.setTabOrder(self.maxLearnersEdit, self.roomKindCombo)
        QWidget.setTabOrder(self.roomKindCombo, self.objectivesEdit)
        QWidget.setTabOrder(self.objectivesEdit, self.prerequisitesEdit)
        QWidget.setTabOrder(self.prerequisitesEdit, self.assessmentEdit)
        QWidget.setTabOrder(self.assessmentEdit, self.disabilityContactEdit)
        QWidget.setTabOrder(self.disabilityContactEdit, self.equipmentTable)
        QWidget.setTabOrder(self.equipmentTable, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.buttonBox)

        self.retranslateUi(CourseDialog)
        self.buttonBox.accepted.connect(CourseDialog.accept)
        self.buttonBox.rejected.connect(CourseDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CourseDialog)
    # setupUi

    def retranslateUi(self, CourseDialog):
        CourseDialog.setWindowTitle(QCoreApplication.translate("CourseDialog", u"Parcours", None))
        self.sectorLabel.setText(QCoreApplication.translate("CourseDialog", u"&Fili\u00e8re *", None))
#if QT_CONFIG(accessibility)
        self.sectorCombo.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Fili\u00e8re", None))
#endif // QT_CONFIG(accessibility)
        self.cnamCodeLabel.setText(QCoreApplication.translate("CourseDialog", u"Code &Cnam *", None))
        self.cnamCodeEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. CPN9300", None))
#if QT_CONFIG(accessibility)
        self.cnamCodeEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Code Cnam", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("CourseDialog", u"In&titul\u00e9 *", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. Licence professionnelle M\u00e9tiers de l'informatique", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Intitul\u00e9 du parcours", None))
#endif // QT_CONFIG(accessibility)
        self.certificationLabel.setText(QCoreApplication.translate("CourseDialog", u"T&ype de certification *", None))
#if QT_CONFIG(accessibility)
        self.certificationCombo.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Type de certification", None))
#endif // QT_CONFIG(accessibility)
        self.rncpLabel.setText(QCoreApplication.translate("CourseDialog", u"Code &RNCP", None))
        self.rncpEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. RNCP35000", None))
#if QT_CONFIG(accessibility)
        self.rncpEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Code RNCP", None))
#endif // QT_CONFIG(accessibility)
        self.rsLabel.setText(QCoreApplication.translate("CourseDialog", u"Code R&S", None))
        self.rsEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. RS5000", None))
#if QT_CONFIG(accessibility)
        self.rsEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Code RS (r\u00e9pertoire sp\u00e9cifique)", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("CourseDialog", u"&Niveau", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Niveau de qualification", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("CourseDialog", u"&Dur\u00e9e (heures)", None))
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 450", None))
#if QT_CONFIG(accessibility)
        self.hoursEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Dur\u00e9e en heures", None))
#endif // QT_CONFIG(accessibility)
        self.ectsLabel.setText(QCoreApplication.translate("CourseDialog", u"Cr\u00e9dits &ECTS", None))
        self.ectsEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 60", None))
#if QT_CONFIG(accessibility)
        self.ectsEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Cr\u00e9dits ECTS", None))
#endif // QT_CONFIG(accessibility)
        self.fundingLabel.setText(QCoreApplication.translate("CourseDialog", u"Financement", None))
        self.cpfCheck.setText(QCoreApplication.translate("CourseDialog", u"\u00c9ligible au C&PF", None))
#if QT_CONFIG(accessibility)
        self.cpfCheck.setAccessibleName(QCoreApplication.translate("CourseDialog", u"\u00c9ligible au CPF", None))
#endif // QT_CONFIG(accessibility)
        self.vaeCheck.setText(QCoreApplication.translate("CourseDialog", u"Accessible par la &VAE", None))
#if QT_CONFIG(accessibility)
        self.vaeCheck.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Accessible par la VAE", None))
#endif // QT_CONFIG(accessibility)
        self.modalitiesLabel.setText(QCoreApplication.translate("CourseDialog", u"Modalit\u00e9s *", None))
        self.inPersonCheck.setText(QCoreApplication.translate("CourseDialog", u"Pr\u00e9sentie&l", None))
#if QT_CONFIG(accessibility)
        self.inPersonCheck.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Modalit\u00e9 pr\u00e9sentiel autoris\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.distanceCheck.setText(QCoreApplication.translate("CourseDialog", u"\u00c0 dist&ance", None))
#if QT_CONFIG(accessibility)
        self.distanceCheck.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Modalit\u00e9 \u00e0 distance autoris\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.hybridCheck.setText(QCoreApplication.translate("CourseDialog", u"&Hybride", None))
#if QT_CONFIG(accessibility)
        self.hybridCheck.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Modalit\u00e9 hybride autoris\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.minLearnersLabel.setText(QCoreApplication.translate("CourseDialog", u"Effectif &minimum", None))
        self.minLearnersEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 8", None))
#if QT_CONFIG(accessibility)
        self.minLearnersEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Effectif minimum", None))
#endif // QT_CONFIG(accessibility)
        self.maxLearnersLabel.setText(QCoreApplication.translate("CourseDialog", u"Effectif ma&ximum", None))
        self.maxLearnersEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"ex. 20", None))
#if QT_CONFIG(accessibility)
        self.maxLearnersEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Effectif maximum", None))
#endif // QT_CONFIG(accessibility)
        self.roomKindLabel.setText(QCoreApplication.translate("CourseDialog", u"Type de salle exi&g\u00e9", None))
#if QT_CONFIG(accessibility)
        self.roomKindCombo.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Type de salle requis", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.identityTab), QCoreApplication.translate("CourseDialog", u"&Identit\u00e9", None))
        self.publicNotice.setText(QCoreApplication.translate("CourseDialog", u"Ces informations sont publi\u00e9es avec l'offre de formation (obligations Qualiopi).", None))
        self.objectivesLabel.setText(QCoreApplication.translate("CourseDialog", u"&Objectifs", None))
        self.objectivesEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"Comp\u00e9tences vis\u00e9es \u00e0 l'issue du parcours", None))
#if QT_CONFIG(accessibility)
        self.objectivesEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Objectifs de la formation", None))
#endif // QT_CONFIG(accessibility)
        self.prerequisitesLabel.setText(QCoreApplication.translate("CourseDialog", u"P&r\u00e9requis", None))
        self.prerequisitesEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"Niveau d'entr\u00e9e, exp\u00e9rience\u2026", None))
#if QT_CONFIG(accessibility)
        self.prerequisitesEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Pr\u00e9requis", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentLabel.setText(QCoreApplication.translate("CourseDialog", u"Modalit\u00e9s d'\u00e9&valuation", None))
        self.assessmentEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"Examens, projets, m\u00e9moire\u2026", None))
#if QT_CONFIG(accessibility)
        self.assessmentEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Modalit\u00e9s d'\u00e9valuation", None))
#endif // QT_CONFIG(accessibility)
        self.disabilityLabel.setText(QCoreApplication.translate("CourseDialog", u"R\u00e9f\u00e9rent &handicap", None))
        self.disabilityContactEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"Nom et adresse \u00e9lectronique", None))
#if QT_CONFIG(accessibility)
        self.disabilityContactEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"R\u00e9f\u00e9rent handicap", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.publicTab), QCoreApplication.translate("CourseDialog", u"Informations p&ubliques", None))
        self.equipmentNotice.setText(QCoreApplication.translate("CourseDialog", u"Besoin d'un groupe = quantit\u00e9 par apprenant \u00d7 effectif + quantit\u00e9 par groupe.", None))
        ___qtablewidgetitem = self.equipmentTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CourseDialog", u"Type d'\u00e9quipement", None))
        ___qtablewidgetitem1 = self.equipmentTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CourseDialog", u"Par apprenant", None))
        ___qtablewidgetitem2 = self.equipmentTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CourseDialog", u"Par groupe", None))
#if QT_CONFIG(accessibility)
        self.equipmentTable.setAccessibleName(QCoreApplication.translate("CourseDialog", u"\u00c9quipement requis par le parcours", None))
#endif // QT_CONFIG(accessibility)
        self.addLineButton.setText(QCoreApplication.translate("CourseDialog", u"&Ajouter une ligne", None))
#if QT_CONFIG(accessibility)
        self.addLineButton.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Ajouter une ligne d'\u00e9quipement", None))
#endif // QT_CONFIG(accessibility)
        self.removeLineButton.setText(QCoreApplication.translate("CourseDialog", u"Re&tirer la ligne", None))
#if QT_CONFIG(accessibility)
        self.removeLineButton.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Retirer la ligne d'\u00e9quipement s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.equipmentTab), QCoreApplication.translate("CourseDialog", u"\u00c9&quipement requis", None))
    # retranslateUi

