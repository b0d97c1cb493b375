# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_item_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_EquipmentItemDialog(object):
    def setupUi(self, EquipmentItemDialog):
        if not EquipmentItemDialog.objectName():
            EquipmentItemDialog.setObjectName(u"EquipmentItemDialog")
        EquipmentItemDialog.resize(560, 60)
        EquipmentItemDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        EquipmentItemDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(EquipmentItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(EquipmentItemDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setVerticalSpacing(2)
        self.siteLabel = QLabel(EquipmentItemDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(EquipmentItemDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.siteError = QLabel(EquipmentItemDialog)
        self.siteError.setObjectName(u"siteError")
        self.siteError.setProperty(u"role", u"error")
        self.siteError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.siteError.setWordWrap(True)
        self.siteError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteError)

        self.roomLabel = QLabel(EquipmentItemDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(EquipmentItemDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.roomError = QLabel(EquipmentItemDialog)
        self.roomError.setObjectName(u"roomError")
        self.roomError.setProperty(u"role", u"error")
        self.roomError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.roomError.setWordWrap(True)
        self.roomError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomError)

        self.typeLabel = QLabel(EquipmentItemDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(EquipmentItemDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(EquipmentItemDialog)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setProperty(u"role", u"error")
        self.typeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.typeError.setWordWrap(True)
        self.typeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.quantityLabel = QLabel(EquipmentItemDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantitySpin = QSpinBox(EquipmentItemDialog)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(0)
        self.quantitySpin.setMaximum(99999)
        self.quantitySpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.quantitySpin.setMaximumSize(QSize(180, 16777215))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.quantitySpin)

        self.quantityError = QLabel(EquipmentItemDialog)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setProperty(u"role", u"error")
        self.quantityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.quantityError.setWordWrap(True)
        self.quantityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.quantityError)

        self.conditionLabel = QLabel(EquipmentItemDialog)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.conditionCombo = QComboBox(EquipmentItemDialog)
        self.conditionCombo.setObjectName(u"conditionCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.conditionCombo)

        self.conditionError = QLabel(EquipmentItemDialog)
        self.conditionError.setObjectName(u"conditionError")
        self.conditionError.setProperty(u"role", u"error")
        self.conditionError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.conditionError.setWordWrap(True)
        self.conditionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.conditionError)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.requiredHint = QLabel(EquipmentItemDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"notice")

        self.dialogLayout.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(EquipmentItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.siteCombo)
        self.roomLabel.setBuddy(self.roomCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.conditionLabel.setBuddy(self.conditionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteCombo, self.roomCombo)
        QWidget.setTabOrder(self.roomCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.conditionCombo)
        QWidget.setTabOrder(self.conditionCombo, self.buttonBox)

        self.retranslateUi(EquipmentItemDialog)
        self.buttonBox.accepted.connect(EquipmentItemDialog.accept)
        self.buttonBox.rejected.connect(EquipmentItemDialog.reject)

        QMetaObject.connectSlotsByName(EquipmentItemDialog)
    # setupUi

    def retranslateUi(self, EquipmentItemDialog):
        EquipmentItemDialog.setWindowTitle(QCoreApplication.translate("EquipmentItemDialog", u"Ligne d'inventaire", None))
        self.siteLabel.setText(QCoreApplication.translate("EquipmentItemDialog", u"&Site *", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("EquipmentItemDialog", u"Site", None))
#endif // QT_CONFIG(accessibility)
        self.roomLabel.setText(QCoreApplication.translate("EquipmentItemDialog", u"Sa&lle", None))
#if QT_CONFIG(accessibility)
        self.roomCombo.setAccessibleName(QCoreApplication.translate("EquipmentItemDialog", u"Salle", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("EquipmentItemDialog", u"&Type de mat\u00e9riel *", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("EquipmentItemDialog", u"Type de mat\u00e9riel", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("EquipmentItemDialog", u"&Quantit\u00e9", None))
#if QT_CONFIG(accessibility)
        self.quantitySpin.setAccessibleName(QCoreApplication.translate("EquipmentItemDialog", u"Quantit\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.conditionLabel.setText(QCoreApplication.translate("EquipmentItemDialog", u"\u00c9t&at", None))
#if QT_CONFIG(accessibility)
        self.conditionCombo.setAccessibleName(QCoreApplication.translate("EquipmentItemDialog", u"\u00c9tat", None))
#endif // QT_CONFIG(accessibility)
        self.requiredHint.setText(QCoreApplication.translate("EquipmentItemDialog", u"* champ obligatoire", None))
    # retranslateUi

