# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'room_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_RoomDialog(object):
    def setupUi(self, RoomDialog):
        if not RoomDialog.objectName():
            RoomDialog.setObjectName(u"RoomDialog")
        RoomDialog.resize(560, 60)
        RoomDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        RoomDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RoomDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(RoomDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setVerticalSpacing(2)
        self.premisesLabel = QLabel(RoomDialog)
        self.premisesLabel.setObjectName(u"premisesLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.premisesLabel)

        self.premisesCombo = QComboBox(RoomDialog)
        self.premisesCombo.setObjectName(u"premisesCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.premisesCombo)

        self.premisesError = QLabel(RoomDialog)
        self.premisesError.setObjectName(u"premisesError")
        self.premisesError.setProperty(u"role", u"error")
        self.premisesError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.premisesError.setWordWrap(True)
        self.premisesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.premisesError)

        self.nameLabel = QLabel(RoomDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(RoomDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(RoomDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"role", u"error")
        self.nameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(RoomDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(RoomDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(RoomDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setProperty(u"role", u"error")
        self.kindError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.kindError.setWordWrap(True)
        self.kindError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.capacityLabel = QLabel(RoomDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(RoomDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(500)
        self.capacitySpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.capacitySpin.setMaximumSize(QSize(180, 16777215))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.capacityError = QLabel(RoomDialog)
        self.capacityError.setObjectName(u"capacityError")
        self.capacityError.setProperty(u"role", u"error")
        self.capacityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.capacityError.setWordWrap(True)
        self.capacityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.capacityError)

        self.accessibleCheck = QCheckBox(RoomDialog)
        self.accessibleCheck.setObjectName(u"accessibleCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.accessibleCheck)

        self.accessibleError = QLabel(RoomDialog)
        self.accessibleError.setObjectName(u"accessibleError")
        self.accessibleError.setProperty(u"role", u"error")
        self.accessibleError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.accessibleError.setWordWrap(True)
        self.accessibleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.accessibleError)

        self.openingHoursLabel = QLabel(RoomDialog)
        self.openingHoursLabel.setObjectName(u"openingHoursLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.openingHoursLabel)

        self.openingHoursEdit = QLineEdit(RoomDialog)
        self.openingHoursEdit.setObjectName(u"openingHoursEdit")
        self.openingHoursEdit.setMaxLength(200)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.openingHoursEdit)

        self.openingHoursError = QLabel(RoomDialog)
        self.openingHoursError.setObjectName(u"openingHoursError")
        self.openingHoursError.setProperty(u"role", u"error")
        self.openingHoursError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.openingHoursError.setWordWrap(True)
        self.openingHoursError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.openingHoursError)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.requiredHint = QLabel(RoomDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"notice")

        self.dialogLayout.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(RoomDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.premisesLabel.setBuddy(self.premisesCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.openingHoursLabel.setBuddy(self.openingHoursEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.premisesCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.accessibleCheck)
        QWidget.setTabOrder(self.accessibleCheck, self.openingHoursEdit)
        QWidget.setTabOrder(self.openingHoursEdit, self.buttonBox)

        self.retranslateUi(RoomDialog)
        self.buttonBox.accepted.connect(RoomDialog.accept)
        self.buttonBox.rejected.connect(RoomDialog.reject)

        QMetaObject.connectSlotsByName(RoomDialog)
    # setupUi

    def retranslateUi(self, RoomDialog):
        RoomDialog.setWindowTitle(QCoreApplication.translate("RoomDialog", u"Salle", None))
        self.premisesLabel.setText(QCoreApplication.translate("RoomDialog", u"&Locaux *", None))
#if QT_CONFIG(accessibility)
        self.premisesCombo.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Locaux", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("RoomDialog", u"&Nom de la salle *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Nom de la salle", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"ex. Salle 1", None))
        self.kindLabel.setText(QCoreApplication.translate("RoomDialog", u"&Type de salle", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Type de salle", None))
#endif // QT_CONFIG(accessibility)
        self.capacityLabel.setText(QCoreApplication.translate("RoomDialog", u"&Capacit\u00e9 *", None))
#if QT_CONFIG(accessibility)
        self.capacitySpin.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Capacit\u00e9 en places", None))
#endif // QT_CONFIG(accessibility)
        self.capacitySpin.setSuffix(QCoreApplication.translate("RoomDialog", u" places", None))
        self.accessibleCheck.setText(QCoreApplication.translate("RoomDialog", u"Accessible aux personnes \u00e0 mobilit\u00e9 &r\u00e9duite", None))
#if QT_CONFIG(accessibility)
        self.accessibleCheck.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Accessible PMR", None))
#endif // QT_CONFIG(accessibility)
        self.openingHoursLabel.setText(QCoreApplication.translate("RoomDialog", u"&Horaires d'ouverture", None))
#if QT_CONFIG(accessibility)
        self.openingHoursEdit.setAccessibleName(QCoreApplication.translate("RoomDialog", u"Horaires d'ouverture", None))
#endif // QT_CONFIG(accessibility)
        self.openingHoursEdit.setPlaceholderText(QCoreApplication.translate("RoomDialog", u"ex. lun.\u2013ven. 8 h 30 \u2013 18 h", None))
        self.requiredHint.setText(QCoreApplication.translate("RoomDialog", u"* champ obligatoire", None))
    # retranslateUi

