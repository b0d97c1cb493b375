# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_type_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EquipmentTypeDialog(object):
    def setupUi(self, EquipmentTypeDialog):
        if not EquipmentTypeDialog.objectName():
            EquipmentTypeDialog.setObjectName(u"EquipmentTypeDialog")
        EquipmentTypeDialog.resize(540, 60)
        EquipmentTypeDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        EquipmentTypeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(EquipmentTypeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(EquipmentTypeDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setVerticalSpacing(2)
        self.labelLabel = QLabel(EquipmentTypeDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(EquipmentTypeDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.labelError = QLabel(EquipmentTypeDialog)
        self.labelError.setObjectName(u"labelError")
        self.labelError.setProperty(u"role", u"error")
        self.labelError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.labelError.setWordWrap(True)
        self.labelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labelError)

        self.categoryLabel = QLabel(EquipmentTypeDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(EquipmentTypeDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.categoryError = QLabel(EquipmentTypeDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setProperty(u"role", u"error")
        self.categoryError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.categoryError.setWordWrap(True)
        self.categoryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryError)

        self.unitCostLabel = QLabel(EquipmentTypeDialog)
        self.unitCostLabel.setObjectName(u"unitCostLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitCostLabel)

        self.unitCostEdit = QLineEdit(EquipmentTypeDialog)
        self.unitCostEdit.setObjectName(u"unitCostEdit")
        self.unitCostEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.unitCostEdit.setMaximumSize(QSize(180, 16777215))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitCostEdit)

        self.unitCostError = QLabel(EquipmentTypeDialog)
        self.unitCostError.setObjectName(u"unitCostError")
        self.unitCostError.setProperty(u"role", u"error")
        self.unitCostError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.unitCostError.setWordWrap(True)
        self.unitCostError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCostError)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.requiredHint = QLabel(EquipmentTypeDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"notice")

        self.dialogLayout.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(EquipmentTypeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.labelEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.unitCostLabel.setBuddy(self.unitCostEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.unitCostEdit)
        QWidget.setTabOrder(self.unitCostEdit, self.buttonBox)

        self.retranslateUi(EquipmentTypeDialog)
        self.buttonBox.accepted.connect(EquipmentTypeDialog.accept)
        self.buttonBox.rejected.connect(EquipmentTypeDialog.reject)

        QMetaObject.connectSlotsByName(EquipmentTypeDialog)
    # setupUi

    def retranslateUi(self, EquipmentTypeDialog):
        EquipmentTypeDialog.setWindowTitle(QCoreApplication.translate("EquipmentTypeDialog", u"Type de mat\u00e9riel", None))
        self.labelLabel.setText(QCoreApplication.translate("EquipmentTypeDialog", u"&Libell\u00e9 *", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("EquipmentTypeDialog", u"Libell\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("EquipmentTypeDialog", u"ex. Ordinateur portable", None))
        self.categoryLabel.setText(QCoreApplication.translate("EquipmentTypeDialog", u"&Cat\u00e9gorie *", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("EquipmentTypeDialog", u"Cat\u00e9gorie", None))
#endif // QT_CONFIG(accessibility)
        self.unitCostLabel.setText(QCoreApplication.translate("EquipmentTypeDialog", u"Co\u00fbt &unitaire (\u20ac) *", None))
#if QT_CONFIG(accessibility)
        self.unitCostEdit.setAccessibleName(QCoreApplication.translate("EquipmentTypeDialog", u"Co\u00fbt unitaire en euros", None))
#endif // QT_CONFIG(accessibility)
        self.unitCostEdit.setPlaceholderText(QCoreApplication.translate("EquipmentTypeDialog", u"ex. 850,00", None))
        self.requiredHint.setText(QCoreApplication.translate("EquipmentTypeDialog", u"* champ obligatoire", None))
    # retranslateUi

