# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'premises_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PremisesDialog(object):
    def setupUi(self, PremisesDialog):
        if not PremisesDialog.objectName():
            PremisesDialog.setObjectName(u"PremisesDialog")
        PremisesDialog.resize(540, 60)
        PremisesDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        PremisesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PremisesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(PremisesDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setVerticalSpacing(2)
        self.siteLabel = QLabel(PremisesDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(PremisesDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.siteError = QLabel(PremisesDialog)
        self.siteError.setObjectName(u"siteError")
        self.siteError.setProperty(u"role", u"error")
        self.siteError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.siteError.setWordWrap(True)
        self.siteError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteError)

        self.nameLabel = QLabel(PremisesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PremisesDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(PremisesDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"role", u"error")
        self.nameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.addressLabel = QLabel(PremisesDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(PremisesDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(PremisesDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setProperty(u"role", u"error")
        self.addressError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.addressError.setWordWrap(True)
        self.addressError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.ownerLabel = QLabel(PremisesDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(PremisesDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(200)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.ownerError = QLabel(PremisesDialog)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setProperty(u"role", u"error")
        self.ownerError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.ownerError.setWordWrap(True)
        self.ownerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ownerError)

        self.agreementStartCheck = QCheckBox(PremisesDialog)
        self.agreementStartCheck.setObjectName(u"agreementStartCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.agreementStartCheck)

        self.agreementStartEdit = QDateEdit(PremisesDialog)
        self.agreementStartEdit.setObjectName(u"agreementStartEdit")
        self.agreementStartEdit.setEnabled(False)
        self.agreementStartEdit.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.agreementStartEdit)

        self.agreementStartError = QLabel(PremisesDialog)
        self.agreementStartError.setObjectName(u"agreementStartError")
        self.agreementStartError.setProperty(u"role", u"error")
        self.agreementStartError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.agreementStartError.setWordWrap(True)
        self.agreementStartError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.agreementStartError)

        self.agreementEndCheck = QCheckBox(PremisesDialog)
        self.agreementEndCheck.setObjectName(u"agreementEndCheck")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.agreementEndCheck)

        self.agreementEndEdit = QDateEdit(PremisesDialog)
        self.agreementEndEdit.setObjectName(u"agreementEndEdit")
        self.agreementEndEdit.setEnabled(False)
        self.agreementEndEdit.setCalendarPopup(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.agreementEndEdit)

        self.agreementEndError = QLabel(PremisesDialog)
        self.agreementEndError.setObjectName(u"agreementEndError")
        self.agreementEndError.setProperty(u"role", u"error")
        self.agreementEndError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.agreementEndError.setWordWrap(True)
        self.agreementEndError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.agreementEndError)

        self.yearlyCostLabel = QLabel(PremisesDialog)
        self.yearlyCostLabel.setObjectName(u"yearlyCostLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.yearlyCostLabel)

        self.yearlyCostEdit = QLineEdit(PremisesDialog)
        self.yearlyCostEdit.setObjectName(u"yearlyCostEdit")
        self.yearlyCostEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.yearlyCostEdit.setMaximumSize(QSize(180, 16777215))

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.yearlyCostEdit)

        self.yearlyCostError = QLabel(PremisesDialog)
        self.yearlyCostError.setObjectName(u"yearlyCostError")
        self.yearlyCostError.setProperty(u"role", u"error")
        self.yearlyCostError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.yearlyCostError.setWordWrap(True)
        self.yearlyCostError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.yearlyCostError)

        self.stepFreeCheck = QCheckBox(PremisesDialog)
        self.stepFreeCheck.setObjectName(u"stepFreeCheck")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.stepFreeCheck)

        self.stepFreeError = QLabel(PremisesDialog)
        self.stepFreeError.setObjectName(u"stepFreeError")
        self.stepFreeError.setProperty(u"role", u"error")
        self.stepFreeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.stepFreeError.setWordWrap(True)
        self.stepFreeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.stepFreeError)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.requiredHint = QLabel(PremisesDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"notice")

        self.dialogLayout.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(PremisesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.siteCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.yearlyCostLabel.setBuddy(self.yearlyCostEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.agreementStartCheck)
        QWidget.setTabOrder(self.agreementStartCheck, self.agreementStartEdit)
        QWidget.setTabOrder(self.agreementStartEdit, self.agreementEndCheck)
        QWidget.setTabOrder(self.agreementEndCheck, self.agreementEndEdit)
        QWidget.setTabOrder(self.agreementEndEdit, self.yearlyCostEdit)
        QWidget.setTabOrder(self.yearlyCostEdit, self.stepFreeCheck)
        QWidget.setTabOrder(self.stepFreeCheck, self.buttonBox)

        self.retranslateUi(PremisesDialog)
        self.agreementStartCheck.toggled.connect(self.agreementStartEdit.setEnabled)
        self.agreementEndCheck.toggled.connect(self.agreementEndEdit.setEnabled)
        self.buttonBox.accepted.connect(PremisesDialog.accept)
        self.buttonBox.rejected.connect(PremisesDialog.reject)

        QMetaObject.connectSlotsByName(PremisesDialog)
    # setupUi

    def retranslateUi(self, PremisesDialog):
        PremisesDialog.setWindowTitle(QCoreApplication.translate("PremisesDialog", u"Locaux", None))
        self.siteLabel.setText(QCoreApplication.translate("PremisesDialog", u"&Site *", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Site", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PremisesDialog", u"&Nom des locaux *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Nom des locaux", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PremisesDialog", u"ex. Maison de la formation", None))
        self.addressLabel.setText(QCoreApplication.translate("PremisesDialog", u"&Adresse", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Adresse", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("PremisesDialog", u"ex. 12 rue de la R\u00e9publique, 52000 Chaumont", None))
        self.ownerLabel.setText(QCoreApplication.translate("PremisesDialog", u"&Propri\u00e9taire", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Propri\u00e9taire", None))
#endif // QT_CONFIG(accessibility)
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("PremisesDialog", u"ex. Communaut\u00e9 d'agglom\u00e9ration", None))
        self.agreementStartCheck.setText(QCoreApplication.translate("PremisesDialog", u"&D\u00e9but de la convention", None))
#if QT_CONFIG(accessibility)
        self.agreementStartCheck.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"D\u00e9but de la convention renseign\u00e9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreementStartEdit.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"D\u00e9but de la convention", None))
#endif // QT_CONFIG(accessibility)
        self.agreementStartEdit.setDisplayFormat(QCoreApplication.translate("PremisesDialog", u"dd/MM/yyyy", None))
        self.agreementEndCheck.setText(QCoreApplication.translate("PremisesDialog", u"&Fin de la convention", None))
#if QT_CONFIG(accessibility)
        self.agreementEndCheck.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Fin de la convention renseign\u00e9e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreementEndEdit.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Fin de la convention", None))
#endif // QT_CONFIG(accessibility)
        self.agreementEndEdit.setDisplayFormat(QCoreApplication.translate("PremisesDialog", u"dd/MM/yyyy", None))
        self.yearlyCostLabel.setText(QCoreApplication.translate("PremisesDialog", u"&Co\u00fbt annuel (\u20ac)", None))
#if QT_CONFIG(accessibility)
        self.yearlyCostEdit.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Co\u00fbt annuel en euros", None))
#endif // QT_CONFIG(accessibility)
        self.yearlyCostEdit.setPlaceholderText(QCoreApplication.translate("PremisesDialog", u"ex. 12 000,50", None))
        self.stepFreeCheck.setText(QCoreApplication.translate("PremisesDialog", u"Acc\u00e8s de plain-pied (P&MR)", None))
#if QT_CONFIG(accessibility)
        self.stepFreeCheck.setAccessibleName(QCoreApplication.translate("PremisesDialog", u"Acc\u00e8s de plain-pied", None))
#endif // QT_CONFIG(accessibility)
        self.requiredHint.setText(QCoreApplication.translate("PremisesDialog", u"* champ obligatoire", None))
    # retranslateUi

