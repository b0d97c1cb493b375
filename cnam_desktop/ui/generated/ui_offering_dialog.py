# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offering_dialog.ui'
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
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_OfferingDialog(object):
    def setupUi(self, OfferingDialog):
        if not OfferingDialog.objectName():
            OfferingDialog.setObjectName(u"OfferingDialog")
        OfferingDialog.resize(560, 520)
        OfferingDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }")
        OfferingDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OfferingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(OfferingDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.offeringForm = QFormLayout()
        self.offeringForm.setObjectName(u"offeringForm")
        self.offeringForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.offeringForm.setVerticalSpacing(4)
        self.courseLabel = QLabel(OfferingDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.offeringForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(OfferingDialog)
        self.courseCombo.setObjectName(u"courseCombo")
        self.courseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.courseCombo.setMinimumContentsLength(30)

        self.offeringForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.courseError = QLabel(OfferingDialog)
        self.courseError.setObjectName(u"courseError")
        self.courseError.setProperty(u"role", u"error")
        self.courseError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.courseError.setWordWrap(True)
        self.courseError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.courseError)

        self.siteLabel = QLabel(OfferingDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.offeringForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(OfferingDialog)
        self.siteCombo.setObjectName(u"siteCombo")
        self.siteCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.siteCombo.setMinimumContentsLength(30)

        self.offeringForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.siteError = QLabel(OfferingDialog)
        self.siteError.setObjectName(u"siteError")
        self.siteError.setProperty(u"role", u"error")
        self.siteError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.siteError.setWordWrap(True)
        self.siteError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.siteError)

        self.periodLabel = QLabel(OfferingDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.offeringForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodEdit = QLineEdit(OfferingDialog)
        self.periodEdit.setObjectName(u"periodEdit")
        self.periodEdit.setMaxLength(80)

        self.offeringForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.periodEdit)

        self.periodError = QLabel(OfferingDialog)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setProperty(u"role", u"error")
        self.periodError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.periodError.setWordWrap(True)
        self.periodError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.periodError)

        self.startDateLabel = QLabel(OfferingDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.offeringForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(OfferingDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setMaximumSize(QSize(140, 16777215))
        self.startDateEdit.setCalendarPopup(True)

        self.offeringForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startDateError = QLabel(OfferingDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setProperty(u"role", u"error")
        self.startDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.startDateError.setWordWrap(True)
        self.startDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.startDateError)

        self.endDateCheck = QCheckBox(OfferingDialog)
        self.endDateCheck.setObjectName(u"endDateCheck")

        self.offeringForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endDateCheck)

        self.endDateEdit = QDateEdit(OfferingDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setMaximumSize(QSize(140, 16777215))
        self.endDateEdit.setCalendarPopup(True)

        self.offeringForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.endDateError = QLabel(OfferingDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setProperty(u"role", u"error")
        self.endDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.endDateError.setWordWrap(True)
        self.endDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.endDateError)

        self.modalityLabel = QLabel(OfferingDialog)
        self.modalityLabel.setObjectName(u"modalityLabel")

        self.offeringForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.modalityLabel)

        self.modalityCombo = QComboBox(OfferingDialog)
        self.modalityCombo.setObjectName(u"modalityCombo")
        self.modalityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.modalityCombo.setMinimumContentsLength(30)

        self.offeringForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.modalityCombo)

        self.modalityError = QLabel(OfferingDialog)
        self.modalityError.setObjectName(u"modalityError")
        self.modalityError.setProperty(u"role", u"error")
        self.modalityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.modalityError.setWordWrap(True)
        self.modalityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.modalityError)

        self.statusLabel = QLabel(OfferingDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.offeringForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(OfferingDialog)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(30)

        self.offeringForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(OfferingDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setProperty(u"role", u"error")
        self.statusError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.statusError)

        self.plannedLabel = QLabel(OfferingDialog)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.offeringForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.plannedSpin = QSpinBox(OfferingDialog)
        self.plannedSpin.setObjectName(u"plannedSpin")
        self.plannedSpin.setMaximum(9999)
        self.plannedSpin.setMaximumSize(QSize(100, 16777215))

        self.offeringForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.plannedSpin)

        self.plannedError = QLabel(OfferingDialog)
        self.plannedError.setObjectName(u"plannedError")
        self.plannedError.setProperty(u"role", u"error")
        self.plannedError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.plannedError.setWordWrap(True)
        self.plannedError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.plannedError)

        self.enrolledLabel = QLabel(OfferingDialog)
        self.enrolledLabel.setObjectName(u"enrolledLabel")

        self.offeringForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.enrolledLabel)

        self.enrolledSpin = QSpinBox(OfferingDialog)
        self.enrolledSpin.setObjectName(u"enrolledSpin")
        self.enrolledSpin.setMaximum(9999)
        self.enrolledSpin.setMaximumSize(QSize(100, 16777215))

        self.offeringForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.enrolledSpin)

        self.enrolledError = QLabel(OfferingDialog)
        self.enrolledError.setObjectName(u"enrolledError")
        self.enrolledError.setProperty(u"role", u"error")
        self.enrolledError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.enrolledError.setWordWrap(True)
        self.enrolledError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offeringForm.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.enrolledError)

        self.fundingGroup = QGroupBox(OfferingDialog)
        self.fundingGroup.setObjectName(u"fundingGroup")
        self.fundingGrid = QGridLayout(self.fundingGroup)
        self.fundingGrid.setObjectName(u"fundingGrid")
        self.cpfLabel = QLabel(self.fundingGroup)
        self.cpfLabel.setObjectName(u"cpfLabel")

        self.fundingGrid.addWidget(self.cpfLabel, 0, 0, 1, 1)

        self.cpfSpin = QSpinBox(self.fundingGroup)
        self.cpfSpin.setObjectName(u"cpfSpin")
        self.cpfSpin.setMaximum(9999)
        self.cpfSpin.setMaximumSize(QSize(100, 16777215))

        self.fundingGrid.addWidget(self.cpfSpin, 0, 1, 1, 1)

        self.employerLabel = QLabel(self.fundingGroup)
        self.employerLabel.setObjectName(u"employerLabel")

        self.fundingGrid.addWidget(self.employerLabel, 0, 2, 1, 1)

        self.employerSpin = QSpinBox(self.fundingGroup)
        self.employerSpin.setObjectName(u"employerSpin")
        self.employerSpin.setMaximum(9999)
        self.employerSpin.setMaximumSize(QSize(100, 16777215))

        self.fundingGrid.addWidget(self.employerSpin, 0, 3, 1, 1)

        self.jobseekerLabel = QLabel(self.fundingGroup)
        self.jobseekerLabel.setObjectName(u"jobseekerLabel")

        self.fundingGrid.addWidget(self.jobseekerLabel, 1, 0, 1, 1)

        self.jobseekerSpin = QSpinBox(self.fundingGroup)
        self.jobseekerSpin.setObjectName(u"jobseekerSpin")
        self.jobseekerSpin.setMaximum(9999)
        self.jobseekerSpin.setMaximumSize(QSize(100, 16777215))

        self.fundingGrid.addWidget(self.jobseekerSpin, 1, 1, 1, 1)

        self.selfLabel = QLabel(self.fundingGroup)
        self.selfLabel.setObjectName(u"selfLabel")

        self.fundingGrid.addWidget(self.selfLabel, 1, 2, 1, 1)

        self.selfSpin = QSpinBox(self.fundingGroup)
        self.selfSpin.setObjectName(u"selfSpin")
        self.selfSpin.setMaximum(9999)
        self.selfSpin.setMaximumSize(QSize(100, 16777215))

        self.fundingGrid.addWidget(self.selfSpin, 1, 3, 1, 1)

        self.fundingSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fundingGrid.addItem(self.fundingSpacer, 0, 4, 1, 1)

        self.fundingSumLabel = QLabel(self.fundingGroup)
        self.fundingSumLabel.setObjectName(u"fundingSumLabel")

        self.fundingGrid.addWidget(self.fundingSumLabel, 2, 0, 1, 4)

        self.fundingError = QLabel(self.fundingGroup)
        self.fundingError.setObjectName(u"fundingError")
        self.fundingError.setProperty(u"role", u"error")
        self.fundingError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.fundingError.setWordWrap(True)
        self.fundingError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fundingGrid.addWidget(self.fundingError, 3, 0, 1, 4)


        self.offeringForm.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.fundingGroup)


        self.dialogLayout.addLayout(self.offeringForm)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(OfferingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.courseLabel.setBuddy(self.courseCombo)
        self.siteLabel.setBuddy(self.siteCombo)
        self.periodLabel.setBuddy(self.periodEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.modalityLabel.setBuddy(self.modalityCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.plannedLabel.setBuddy(self.plannedSpin)
        self.enrolledLabel.setBuddy(self.enrolledSpin)
        self.cpfLabel.setBuddy(self.cpfSpin)
        self.employerLabel.setBuddy(self.employerSpin)
        self.jobseekerLabel.setBuddy(self.jobseekerSpin)
        self.selfLabel.setBuddy(self.selfSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.courseCombo, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.periodEdit)
        QWidget.setTabOrder(self.periodEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateCheck)
        QWidget.setTabOrder(self.endDateCheck, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.modalityCombo)
        QWidget.setTabOrder(self.modalityCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.plannedSpin)
        QWidget.setTabOrder(self.plannedSpin, self.enrolledSpin)
        QWidget.setTabOrder(self.enrolledSpin, self.cpfSpin)
        QWidget.setTabOrder(self.cpfSpin, self.employerSpin)
        QWidget.setTabOrder(self.employerSpin, self.jobseekerSpin)
        QWidget.setTabOrder(self.jobseekerSpin, self.selfSpin)
        QWidget.setTabOrder(self.selfSpin, self.buttonBox)

        self.retranslateUi(OfferingDialog)
        self.buttonBox.accepted.connect(OfferingDialog.accept)
        self.buttonBox.rejected.connect(OfferingDialog.reject)

        QMetaObject.connectSlotsByName(OfferingDialog)
    # setupUi

    def retranslateUi(self, OfferingDialog):
        OfferingDialog.setWindowTitle(QCoreApplication.translate("OfferingDialog", u"Ouverture", None))
        self.courseLabel.setText(QCoreApplication.translate("OfferingDialog", u"Pa&rcours *", None))
#if QT_CONFIG(accessibility)
        self.courseCombo.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Parcours", None))
#endif // QT_CONFIG(accessibility)
        self.siteLabel.setText(QCoreApplication.translate("OfferingDialog", u"&Site *", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Site", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("OfferingDialog", u"&P\u00e9riode *", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("OfferingDialog", u"ex. Rentr\u00e9e 2026", None))
#if QT_CONFIG(accessibility)
        self.periodEdit.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"P\u00e9riode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.periodEdit.setToolTip(QCoreApplication.translate("OfferingDialog", u"Le nom de la p\u00e9riode d\u2019ouverture, par exemple \u00ab Rentr\u00e9e 2026 \u00bb ou \u00ab Printemps 2027 \u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.startDateLabel.setText(QCoreApplication.translate("OfferingDialog", u"&D\u00e9but *", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("OfferingDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Date de d\u00e9but", None))
#endif // QT_CONFIG(accessibility)
        self.endDateCheck.setText(QCoreApplication.translate("OfferingDialog", u"&Fin", None))
#if QT_CONFIG(tooltip)
        self.endDateCheck.setToolTip(QCoreApplication.translate("OfferingDialog", u"Cocher pour indiquer une date de fin (facultative)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.endDateCheck.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Date de fin connue", None))
#endif // QT_CONFIG(accessibility)
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("OfferingDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Date de fin", None))
#endif // QT_CONFIG(accessibility)
        self.modalityLabel.setText(QCoreApplication.translate("OfferingDialog", u"&Modalit\u00e9 *", None))
#if QT_CONFIG(accessibility)
        self.modalityCombo.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Modalit\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("OfferingDialog", u"S&tatut", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Statut", None))
#endif // QT_CONFIG(accessibility)
        self.plannedLabel.setText(QCoreApplication.translate("OfferingDialog", u"Apprenants pr\u00e9&vus", None))
#if QT_CONFIG(accessibility)
        self.plannedSpin.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Apprenants pr\u00e9vus", None))
#endif // QT_CONFIG(accessibility)
        self.enrolledLabel.setText(QCoreApplication.translate("OfferingDialog", u"Apprenants &inscrits", None))
#if QT_CONFIG(accessibility)
        self.enrolledSpin.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Apprenants inscrits", None))
#endif // QT_CONFIG(accessibility)
        self.fundingGroup.setTitle(QCoreApplication.translate("OfferingDialog", u"Financement des inscrits", None))
        self.cpfLabel.setText(QCoreApplication.translate("OfferingDialog", u"&CPF", None))
#if QT_CONFIG(accessibility)
        self.cpfSpin.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Financ\u00e9s : CPF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cpfSpin.setToolTip(QCoreApplication.translate("OfferingDialog", u"Apprenants financ\u00e9s par leur compte personnel de formation (CPF)", None))
#endif // QT_CONFIG(tooltip)
        self.employerLabel.setText(QCoreApplication.translate("OfferingDialog", u"&Employeur", None))
#if QT_CONFIG(accessibility)
        self.employerSpin.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Financ\u00e9s : Employeur", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.employerSpin.setToolTip(QCoreApplication.translate("OfferingDialog", u"Apprenants financ\u00e9s par leur employeur", None))
#endif // QT_CONFIG(tooltip)
        self.jobseekerLabel.setText(QCoreApplication.translate("OfferingDialog", u"Dem&andeurs d'emploi", None))
#if QT_CONFIG(accessibility)
        self.jobseekerSpin.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Financ\u00e9s : Demandeurs d'emploi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.jobseekerSpin.setToolTip(QCoreApplication.translate("OfferingDialog", u"Demandeurs d'emploi financ\u00e9s (France Travail, R\u00e9gion\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.selfLabel.setText(QCoreApplication.translate("OfferingDialog", u"A&utofinanc\u00e9s", None))
#if QT_CONFIG(accessibility)
        self.selfSpin.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"Financ\u00e9s : Autofinanc\u00e9s", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.selfSpin.setToolTip(QCoreApplication.translate("OfferingDialog", u"Apprenants qui financent eux-m\u00eames leur formation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fundingSumLabel.setAccessibleName(QCoreApplication.translate("OfferingDialog", u"R\u00e9partition des inscrits", None))
#endif // QT_CONFIG(accessibility)
        self.fundingSumLabel.setText(QCoreApplication.translate("OfferingDialog", u"0 / 0 inscrit r\u00e9parti", None))
    # retranslateUi

