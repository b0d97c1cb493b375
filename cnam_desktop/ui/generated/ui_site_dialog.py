# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'site_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SiteDialog(object):
    def setupUi(self, SiteDialog):
        if not SiteDialog.objectName():
            SiteDialog.setObjectName(u"SiteDialog")
        SiteDialog.resize(860, 560)
        SiteDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        SiteDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SiteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.demoNotice = QLabel(SiteDialog)
        self.demoNotice.setObjectName(u"demoNotice")
        self.demoNotice.setProperty(u"role", u"notice")
        self.demoNotice.setWordWrap(True)

        self.dialogLayout.addWidget(self.demoNotice)

        self.errorSummary = QLabel(SiteDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.identityGroup = QGroupBox(SiteDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityForm.setVerticalSpacing(4)
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"role", u"error")
        self.nameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.nameError)

        self.townLabel = QLabel(self.identityGroup)
        self.townLabel.setObjectName(u"townLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.townLabel)

        self.townEdit = QLineEdit(self.identityGroup)
        self.townEdit.setObjectName(u"townEdit")
        self.townEdit.setMaxLength(120)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.townEdit)

        self.townError = QLabel(self.identityGroup)
        self.townError.setObjectName(u"townError")
        self.townError.setProperty(u"role", u"error")
        self.townError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.townError.setWordWrap(True)
        self.townError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.townError)

        self.inseeLabel = QLabel(self.identityGroup)
        self.inseeLabel.setObjectName(u"inseeLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.inseeLabel)

        self.inseeEdit = QLineEdit(self.identityGroup)
        self.inseeEdit.setObjectName(u"inseeEdit")
        self.inseeEdit.setMaxLength(5)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.inseeEdit)

        self.inseeCodeError = QLabel(self.identityGroup)
        self.inseeCodeError.setObjectName(u"inseeCodeError")
        self.inseeCodeError.setProperty(u"role", u"error")
        self.inseeCodeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.inseeCodeError.setWordWrap(True)
        self.inseeCodeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.inseeCodeError)

        self.postcodeLabel = QLabel(self.identityGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.identityGroup)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(5)

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.postcodeError = QLabel(self.identityGroup)
        self.postcodeError.setObjectName(u"postcodeError")
        self.postcodeError.setProperty(u"role", u"error")
        self.postcodeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.postcodeError.setWordWrap(True)
        self.postcodeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.postcodeError)

        self.departmentLabel = QLabel(self.identityGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.identityGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(3)

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.departmentError = QLabel(self.identityGroup)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setProperty(u"role", u"error")
        self.departmentError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.departmentError.setWordWrap(True)
        self.departmentError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.departmentError)

        self.epciLabel = QLabel(self.identityGroup)
        self.epciLabel.setObjectName(u"epciLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.epciLabel)

        self.epciEdit = QLineEdit(self.identityGroup)
        self.epciEdit.setObjectName(u"epciEdit")
        self.epciEdit.setMaxLength(200)

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.epciEdit)

        self.epciError = QLabel(self.identityGroup)
        self.epciError.setObjectName(u"epciError")
        self.epciError.setProperty(u"role", u"error")
        self.epciError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.epciError.setWordWrap(True)
        self.epciError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.epciError)

        self.regionLabel = QLabel(self.identityGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionEdit = QLineEdit(self.identityGroup)
        self.regionEdit.setObjectName(u"regionEdit")
        self.regionEdit.setMaxLength(80)

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.regionError = QLabel(self.identityGroup)
        self.regionError.setObjectName(u"regionError")
        self.regionError.setProperty(u"role", u"error")
        self.regionError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.regionError.setWordWrap(True)
        self.regionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.regionError)

        self.employmentAreaLabel = QLabel(self.identityGroup)
        self.employmentAreaLabel.setObjectName(u"employmentAreaLabel")

        self.identityForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.employmentAreaLabel)

        self.employmentAreaEdit = QLineEdit(self.identityGroup)
        self.employmentAreaEdit.setObjectName(u"employmentAreaEdit")
        self.employmentAreaEdit.setMaxLength(120)

        self.identityForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.employmentAreaEdit)

        self.employmentAreaError = QLabel(self.identityGroup)
        self.employmentAreaError.setObjectName(u"employmentAreaError")
        self.employmentAreaError.setProperty(u"role", u"error")
        self.employmentAreaError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.employmentAreaError.setWordWrap(True)
        self.employmentAreaError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.employmentAreaError)

        self.latitudeLabel = QLabel(self.identityGroup)
        self.latitudeLabel.setObjectName(u"latitudeLabel")

        self.identityForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.latitudeLabel)

        self.latitudeEdit = QLineEdit(self.identityGroup)
        self.latitudeEdit.setObjectName(u"latitudeEdit")
        self.latitudeEdit.setMaxLength(20)

        self.identityForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.latitudeEdit)

        self.latitudeError = QLabel(self.identityGroup)
        self.latitudeError.setObjectName(u"latitudeError")
        self.latitudeError.setProperty(u"role", u"error")
        self.latitudeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.latitudeError.setWordWrap(True)
        self.latitudeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.latitudeError)

        self.longitudeLabel = QLabel(self.identityGroup)
        self.longitudeLabel.setObjectName(u"longitudeLabel")

        self.identityForm.setWidget(18, QFormLayout.ItemRole.LabelRole, self.longitudeLabel)

        self.longitudeEdit = QLineEdit(self.identityGroup)
        self.longitudeEdit.setObjectName(u"longitudeEdit")
        self.longitudeEdit.setMaxLength(20)

        self.identityForm.setWidget(18, QFormLayout.ItemRole.FieldRole, self.longitudeEdit)

        self.longitudeError = QLabel(self.identityGroup)
        self.longitudeError.setObjectName(u"longitudeError")
        self.longitudeError.setProperty(u"role", u"error")
        self.longitudeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.longitudeError.setWordWrap(True)
        self.longitudeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(19, QFormLayout.ItemRole.SpanningRole, self.longitudeError)


        self.columnsLayout.addWidget(self.identityGroup)

        self.programmeGroup = QGroupBox(SiteDialog)
        self.programmeGroup.setObjectName(u"programmeGroup")
        self.programmeForm = QFormLayout(self.programmeGroup)
        self.programmeForm.setObjectName(u"programmeForm")
        self.programmeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programmeForm.setVerticalSpacing(4)
        self.statusLabel = QLabel(self.programmeGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.programmeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.programmeGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.programmeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(self.programmeGroup)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setProperty(u"role", u"error")
        self.statusError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.statusError)

        self.programmeLabel = QLabel(self.programmeGroup)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.programmeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.acvCheck = QCheckBox(self.programmeGroup)
        self.acvCheck.setObjectName(u"acvCheck")

        self.programmeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.acvCheck)

        self.acvError = QLabel(self.programmeGroup)
        self.acvError.setObjectName(u"acvError")
        self.acvError.setProperty(u"role", u"error")
        self.acvError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.acvError.setWordWrap(True)
        self.acvError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.acvError)

        self.industryCheck = QCheckBox(self.programmeGroup)
        self.industryCheck.setObjectName(u"industryCheck")

        self.programmeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.industryCheck)

        self.industryTerritoryError = QLabel(self.programmeGroup)
        self.industryTerritoryError.setObjectName(u"industryTerritoryError")
        self.industryTerritoryError.setProperty(u"role", u"error")
        self.industryTerritoryError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.industryTerritoryError.setWordWrap(True)
        self.industryTerritoryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.industryTerritoryError)

        self.applicationDateCheck = QCheckBox(self.programmeGroup)
        self.applicationDateCheck.setObjectName(u"applicationDateCheck")

        self.programmeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.applicationDateCheck)

        self.applicationDateEdit = QDateEdit(self.programmeGroup)
        self.applicationDateEdit.setObjectName(u"applicationDateEdit")
        self.applicationDateEdit.setEnabled(False)
        self.applicationDateEdit.setCalendarPopup(True)

        self.programmeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.applicationDateEdit)

        self.applicationDateError = QLabel(self.programmeGroup)
        self.applicationDateError.setObjectName(u"applicationDateError")
        self.applicationDateError.setProperty(u"role", u"error")
        self.applicationDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.applicationDateError.setWordWrap(True)
        self.applicationDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.applicationDateError)

        self.selectionDateCheck = QCheckBox(self.programmeGroup)
        self.selectionDateCheck.setObjectName(u"selectionDateCheck")

        self.programmeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.selectionDateCheck)

        self.selectionDateEdit = QDateEdit(self.programmeGroup)
        self.selectionDateEdit.setObjectName(u"selectionDateEdit")
        self.selectionDateEdit.setEnabled(False)
        self.selectionDateEdit.setCalendarPopup(True)

        self.programmeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.selectionDateEdit)

        self.selectionDateError = QLabel(self.programmeGroup)
        self.selectionDateError.setObjectName(u"selectionDateError")
        self.selectionDateError.setProperty(u"role", u"error")
        self.selectionDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.selectionDateError.setWordWrap(True)
        self.selectionDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.selectionDateError)

        self.openingDateCheck = QCheckBox(self.programmeGroup)
        self.openingDateCheck.setObjectName(u"openingDateCheck")

        self.programmeForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.openingDateCheck)

        self.openingDateEdit = QDateEdit(self.programmeGroup)
        self.openingDateEdit.setObjectName(u"openingDateEdit")
        self.openingDateEdit.setEnabled(False)
        self.openingDateEdit.setCalendarPopup(True)

        self.programmeForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.openingDateEdit)

        self.openingDateError = QLabel(self.programmeGroup)
        self.openingDateError.setObjectName(u"openingDateError")
        self.openingDateError.setProperty(u"role", u"error")
        self.openingDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.openingDateError.setWordWrap(True)
        self.openingDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.openingDateError)

        self.notesLabel = QLabel(self.programmeGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.programmeForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.programmeGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.programmeForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.programmeGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setProperty(u"role", u"error")
        self.notesError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.notesError.setWordWrap(True)
        self.notesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.notesError)


        self.columnsLayout.addWidget(self.programmeGroup)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.requiredHint = QLabel(SiteDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"notice")

        self.dialogLayout.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(SiteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.townLabel.setBuddy(self.townEdit)
        self.inseeLabel.setBuddy(self.inseeEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.epciLabel.setBuddy(self.epciEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.employmentAreaLabel.setBuddy(self.employmentAreaEdit)
        self.latitudeLabel.setBuddy(self.latitudeEdit)
        self.longitudeLabel.setBuddy(self.longitudeEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.townEdit)
        QWidget.setTabOrder(self.townEdit, self.inseeEdit)
        QWidget.setTabOrder(self.inseeEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.epciEdit)
        QWidget.setTabOrder(self.epciEdit, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.employmentAreaEdit)
        QWidget.setTabOrder(self.employmentAreaEdit, self.latitudeEdit)
        QWidget.setTabOrder(self.latitudeEdit, self.longitudeEdit)
        QWidget.setTabOrder(self.longitudeEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.acvCheck)
        QWidget.setTabOrder(self.acvCheck, self.industryCheck)
        QWidget.setTabOrder(self.industryCheck, self.applicationDateCheck)
        QWidget.setTabOrder(self.applicationDateCheck, self.applicationDateEdit)
        QWidget.setTabOrder(self.applicationDateEdit, self.selectionDateCheck)
        QWidget.setTabOrder(self.selectionDateCheck, self.selectionDateEdit)
        QWidget.setTabOrder(self.selectionDateEdit, self.openingDateCheck)
        QWidget.setTabOrder(self.openingDateCheck, self.openingDateEdit)
        QWidget.setTabOrder(self.openingDateEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(SiteDialog)
        self.applicationDateCheck.toggled.connect(self.applicationDateEdit.setEnabled)
        self.selectionDateCheck.toggled.connect(self.selectionDateEdit.setEnabled)
        self.openingDateCheck.toggled.connect(self.openingDateEdit.setEnabled)
        self.buttonBox.accepted.connect(SiteDialog.accept)
        self.buttonBox.rejected.connect(SiteDialog.reject)

        QMetaObject.connectSlotsByName(SiteDialog)
    # setupUi

    def retranslateUi(self, SiteDialog):
        SiteDialog.setWindowTitle(QCoreApplication.translate("SiteDialog", u"Site", None))
        self.identityGroup.setTitle(QCoreApplication.translate("SiteDialog", u"Identit\u00e9 et localisation", None))
        self.nameLabel.setText(QCoreApplication.translate("SiteDialog", u"&Nom du site *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. Cnam Chaumont", None))
        self.townLabel.setText(QCoreApplication.translate("SiteDialog", u"&Commune *", None))
        self.townEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. Chaumont", None))
        self.inseeLabel.setText(QCoreApplication.translate("SiteDialog", u"Code &INSEE", None))
        self.inseeEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. 52121", None))
        self.postcodeLabel.setText(QCoreApplication.translate("SiteDialog", u"Code &postal", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. 52000", None))
        self.departmentLabel.setText(QCoreApplication.translate("SiteDialog", u"&D\u00e9partement", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. 52, 2A ou 974", None))
        self.epciLabel.setText(QCoreApplication.translate("SiteDialog", u"&EPCI", None))
        self.epciEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. Agglom\u00e9ration de Chaumont", None))
        self.regionLabel.setText(QCoreApplication.translate("SiteDialog", u"&R\u00e9gion", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. Grand Est", None))
        self.employmentAreaLabel.setText(QCoreApplication.translate("SiteDialog", u"&Bassin d'emploi", None))
        self.employmentAreaEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"ex. Zone d'emploi de Chaumont", None))
        self.latitudeLabel.setText(QCoreApplication.translate("SiteDialog", u"&Latitude", None))
        self.latitudeEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"en degr\u00e9s d\u00e9cimaux, ex. 48,1114", None))
        self.longitudeLabel.setText(QCoreApplication.translate("SiteDialog", u"Lon&gitude", None))
        self.longitudeEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"en degr\u00e9s d\u00e9cimaux, ex. 5,1392", None))
        self.programmeGroup.setTitle(QCoreApplication.translate("SiteDialog", u"Programme et calendrier", None))
        self.statusLabel.setText(QCoreApplication.translate("SiteDialog", u"&Statut", None))
        self.programmeLabel.setText(QCoreApplication.translate("SiteDialog", u"Programme", None))
        self.acvCheck.setText(QCoreApplication.translate("SiteDialog", u"Ville &ACV (Action c\u0153ur de ville)", None))
        self.industryCheck.setText(QCoreApplication.translate("SiteDialog", u"&Territoire d'industrie", None))
        self.applicationDateCheck.setText(QCoreApplication.translate("SiteDialog", u"Date de candidat&ure", None))
#if QT_CONFIG(accessibility)
        self.applicationDateEdit.setAccessibleName(QCoreApplication.translate("SiteDialog", u"Date de candidature", None))
#endif // QT_CONFIG(accessibility)
        self.applicationDateEdit.setDisplayFormat(QCoreApplication.translate("SiteDialog", u"dd/MM/yyyy", None))
        self.selectionDateCheck.setText(QCoreApplication.translate("SiteDialog", u"Date de s\u00e9lecti&on", None))
#if QT_CONFIG(accessibility)
        self.selectionDateEdit.setAccessibleName(QCoreApplication.translate("SiteDialog", u"Date de s\u00e9lection", None))
#endif // QT_CONFIG(accessibility)
        self.selectionDateEdit.setDisplayFormat(QCoreApplication.translate("SiteDialog", u"dd/MM/yyyy", None))
        self.openingDateCheck.setText(QCoreApplication.translate("SiteDialog", u"Date d'ou&verture", None))
#if QT_CONFIG(accessibility)
        self.openingDateEdit.setAccessibleName(QCoreApplication.translate("SiteDialog", u"Date d'ouverture", None))
#endif // QT_CONFIG(accessibility)
        self.openingDateEdit.setDisplayFormat(QCoreApplication.translate("SiteDialog", u"dd/MM/yyyy", None))
        self.notesLabel.setText(QCoreApplication.translate("SiteDialog", u"Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"Remarques libres : contexte, contacts, \u00e9tapes \u00e0 venir\u2026", None))
        self.requiredHint.setText(QCoreApplication.translate("SiteDialog", u"* champ obligatoire", None))
    # retranslateUi

