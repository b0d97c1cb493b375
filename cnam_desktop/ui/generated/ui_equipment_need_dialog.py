# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_need_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_EquipmentNeedDialog(object):
    def setupUi(self, EquipmentNeedDialog):
        if not EquipmentNeedDialog.objectName():
            EquipmentNeedDialog.setObjectName(u"EquipmentNeedDialog")
        EquipmentNeedDialog.resize(540, 60)
        EquipmentNeedDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        EquipmentNeedDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(EquipmentNeedDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(EquipmentNeedDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setVerticalSpacing(2)
        self.siteLabel = QLabel(EquipmentNeedDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(EquipmentNeedDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.siteError = QLabel(EquipmentNeedDialog)
        self.siteError.setObjectName(u"siteError")
        self.siteError.setProperty(u"role", u"error")
        self.siteError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.siteError.setWordWrap(True)
        self.siteError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteError)

        self.typeLabel = QLabel(EquipmentNeedDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(EquipmentNeedDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(EquipmentNeedDialog)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setProperty(u"role", u"error")
        self.typeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.typeError.setWordWrap(True)
        self.typeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.quantityLabel = QLabel(EquipmentNeedDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantitySpin = QSpinBox(EquipmentNeedDialog)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(99999)
        self.quantitySpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.quantitySpin.setMaximumSize(QSize(180, 16777215))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quantitySpin)

        self.quantityError = QLabel(EquipmentNeedDialog)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setProperty(u"role", u"error")
        self.quantityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.quantityError.setWordWrap(True)
        self.quantityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quantityError)

        self.reasonLabel = QLabel(EquipmentNeedDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(EquipmentNeedDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 72))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(EquipmentNeedDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setProperty(u"role", u"error")
        self.reasonError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reasonError.setWordWrap(True)
        self.reasonError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.offeringLabel = QLabel(EquipmentNeedDialog)
        self.offeringLabel.setObjectName(u"offeringLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.offeringLabel)

        self.offeringCombo = QComboBox(EquipmentNeedDialog)
        self.offeringCombo.setObjectName(u"offeringCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.offeringCombo)

        self.offeringError = QLabel(EquipmentNeedDialog)
        self.offeringError.setObjectName(u"offeringError")
        self.offeringError.setProperty(u"role", u"error")
        self.offeringError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.offeringError.setWordWrap(True)
        self.offeringError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.offeringError)

        self.priorityLabel = QLabel(EquipmentNeedDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(EquipmentNeedDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.priorityError = QLabel(EquipmentNeedDialog)
        self.priorityError.setObjectName(u"priorityError")
        self.priorityError.setProperty(u"role", u"error")
        self.priorityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.priorityError.setWordWrap(True)
        self.priorityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.priorityError)

        self.statusLabel = QLabel(EquipmentNeedDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(EquipmentNeedDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(EquipmentNeedDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setProperty(u"role", u"error")
        self.statusError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.costOverrideCheck = QCheckBox(EquipmentNeedDialog)
        self.costOverrideCheck.setObjectName(u"costOverrideCheck")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.costOverrideCheck)

        self.costOverrideEdit = QLineEdit(EquipmentNeedDialog)
        self.costOverrideEdit.setObjectName(u"costOverrideEdit")
        self.costOverrideEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.costOverrideEdit.setMaximumSize(QSize(180, 16777215))
        self.costOverrideEdit.setEnabled(False)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.costOverrideEdit)

        self.estimateLabel = QLabel(EquipmentNeedDialog)
        self.estimateLabel.setObjectName(u"estimateLabel")
        self.estimateLabel.setProperty(u"role", u"notice")
        self.estimateLabel.setWordWrap(True)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.estimateLabel)

        self.costOverrideError = QLabel(EquipmentNeedDialog)
        self.costOverrideError.setObjectName(u"costOverrideError")
        self.costOverrideError.setProperty(u"role", u"error")
        self.costOverrideError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.costOverrideError.setWordWrap(True)
        self.costOverrideError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.costOverrideError)

        self.funderLabel = QLabel(EquipmentNeedDialog)
        self.funderLabel.setObjectName(u"funderLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderCombo = QComboBox(EquipmentNeedDialog)
        self.funderCombo.setObjectName(u"funderCombo")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.funderCombo)

        self.funderError = QLabel(EquipmentNeedDialog)
        self.funderError.setObjectName(u"funderError")
        self.funderError.setProperty(u"role", u"error")
        self.funderError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.funderError.setWordWrap(True)
        self.funderError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.funderError)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.requiredHint = QLabel(EquipmentNeedDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"notice")

        self.dialogLayout.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(EquipmentNeedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.siteCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.offeringLabel.setBuddy(self.offeringCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.funderLabel.setBuddy(self.funderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.offeringCombo)
        QWidget.setTabOrder(self.offeringCombo, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.costOverrideCheck)
        QWidget.setTabOrder(self.costOverrideCheck, self.costOverrideEdit)
        QWidget.setTabOrder(self.costOverrideEdit, self.funderCombo)
        QWidget.setTabOrder(self.funderCombo, self.buttonBox)

        self.retranslateUi(EquipmentNeedDialog)
        self.costOverrideCheck.toggled.connect(self.costOverrideEdit.setEnabled)
        self.buttonBox.accepted.connect(EquipmentNeedDialog.accept)
        self.buttonBox.rejected.connect(EquipmentNeedDialog.reject)

        QMetaObject.connectSlotsByName(EquipmentNeedDialog)
    # setupUi

    def retranslateUi(self, EquipmentNeedDialog):
        EquipmentNeedDialog.setWindowTitle(QCoreApplication.translate("EquipmentNeedDialog", u"Besoin de mat\u00e9riel", None))
        self.siteLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"&Site *", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Site", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"&Type de mat\u00e9riel *", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Type de mat\u00e9riel", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"&Quantit\u00e9 *", None))
#if QT_CONFIG(accessibility)
        self.quantitySpin.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Quantit\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"&Motif", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Motif", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("EquipmentNeedDialog", u"ex. Renouvellement du parc de la salle informatique", None))
        self.offeringLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"&Ouverture li\u00e9e", None))
#if QT_CONFIG(accessibility)
        self.offeringCombo.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Ouverture de formation li\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.priorityLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"&Priorit\u00e9", None))
#if QT_CONFIG(accessibility)
        self.priorityCombo.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Priorit\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"Stat&ut", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Statut", None))
#endif // QT_CONFIG(accessibility)
        self.costOverrideCheck.setText(QCoreApplication.translate("EquipmentNeedDialog", u"Imposer le &co\u00fbt estim\u00e9 (\u20ac)", None))
#if QT_CONFIG(accessibility)
        self.costOverrideCheck.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Imposer le co\u00fbt estim\u00e9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.costOverrideEdit.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Co\u00fbt estim\u00e9 impos\u00e9 en euros", None))
#endif // QT_CONFIG(accessibility)
        self.costOverrideEdit.setPlaceholderText(QCoreApplication.translate("EquipmentNeedDialog", u"ex. 3 000,00", None))
        self.funderLabel.setText(QCoreApplication.translate("EquipmentNeedDialog", u"&Financeur", None))
#if QT_CONFIG(accessibility)
        self.funderCombo.setAccessibleName(QCoreApplication.translate("EquipmentNeedDialog", u"Financeur", None))
#endif // QT_CONFIG(accessibility)
        self.requiredHint.setText(QCoreApplication.translate("EquipmentNeedDialog", u"* champ obligatoire", None))
    # retranslateUi

