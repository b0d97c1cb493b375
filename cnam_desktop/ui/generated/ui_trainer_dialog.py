# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TrainerDialog(object):
    def setupUi(self, TrainerDialog):
        if not TrainerDialog.objectName():
            TrainerDialog.setObjectName(u"TrainerDialog")
        TrainerDialog.resize(520, 560)
        TrainerDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        TrainerDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TrainerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(TrainerDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.trainerForm = QFormLayout()
        self.trainerForm.setObjectName(u"trainerForm")
        self.trainerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trainerForm.setVerticalSpacing(4)
        self.firstNameLabel = QLabel(TrainerDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.trainerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(TrainerDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(80)

        self.trainerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.firstNameError = QLabel(TrainerDialog)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setProperty(u"role", u"error")
        self.firstNameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainerForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.firstNameError)

        self.lastNameLabel = QLabel(TrainerDialog)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.trainerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(TrainerDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(80)

        self.trainerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.lastNameError = QLabel(TrainerDialog)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setProperty(u"role", u"error")
        self.lastNameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainerForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.lastNameError)

        self.emailLabel = QLabel(TrainerDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.trainerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(TrainerDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.trainerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(TrainerDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setProperty(u"role", u"error")
        self.emailError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.emailError.setWordWrap(True)
        self.emailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainerForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.emailError)

        self.phoneLabel = QLabel(TrainerDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.trainerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(TrainerDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.trainerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(TrainerDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setProperty(u"role", u"error")
        self.phoneError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainerForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.phoneError)

        self.homeCentreLabel = QLabel(TrainerDialog)
        self.homeCentreLabel.setObjectName(u"homeCentreLabel")

        self.trainerForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.homeCentreLabel)

        self.homeCentreEdit = QLineEdit(TrainerDialog)
        self.homeCentreEdit.setObjectName(u"homeCentreEdit")
        self.homeCentreEdit.setMaxLength(120)

        self.trainerForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.homeCentreEdit)

        self.homeCentreError = QLabel(TrainerDialog)
        self.homeCentreError.setObjectName(u"homeCentreError")
        self.homeCentreError.setProperty(u"role", u"error")
        self.homeCentreError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.homeCentreError.setWordWrap(True)
        self.homeCentreError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainerForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.homeCentreError)

        self.distanceCheck = QCheckBox(TrainerDialog)
        self.distanceCheck.setObjectName(u"distanceCheck")

        self.trainerForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.distanceCheck)

        self.sectorsLabel = QLabel(TrainerDialog)
        self.sectorsLabel.setObjectName(u"sectorsLabel")

        self.trainerForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.sectorsLabel)

        self.sectorsList = QListWidget(TrainerDialog)
        self.sectorsList.setObjectName(u"sectorsList")

        self.trainerForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sectorsList)

        self.sectorsError = QLabel(TrainerDialog)
        self.sectorsError.setObjectName(u"sectorsError")
        self.sectorsError.setProperty(u"role", u"error")
        self.sectorsError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.sectorsError.setWordWrap(True)
        self.sectorsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trainerForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.sectorsError)


        self.dialogLayout.addLayout(self.trainerForm)

        self.buttonBox = QDialogButtonBox(TrainerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.homeCentreLabel.setBuddy(self.homeCentreEdit)
        self.sectorsLabel.setBuddy(self.sectorsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.homeCentreEdit)
        QWidget.setTabOrder(self.homeCentreEdit, self.distanceCheck)
        QWidget.setTabOrder(self.distanceCheck, self.sectorsList)
        QWidget.setTabOrder(self.sectorsList, self.buttonBox)

        self.retranslateUi(TrainerDialog)
        self.buttonBox.accepted.connect(TrainerDialog.accept)
        self.buttonBox.rejected.connect(TrainerDialog.reject)

        QMetaObject.connectSlotsByName(TrainerDialog)
    # setupUi

    def retranslateUi(self, TrainerDialog):
        TrainerDialog.setWindowTitle(QCoreApplication.translate("TrainerDialog", u"Formateur", None))
        self.firstNameLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Pr\u00e9nom *", None))
        self.firstNameEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. Camille", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Pr\u00e9nom", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Nom *", None))
        self.lastNameEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. Martin", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Nom", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("TrainerDialog", u"Adresse \u00e9&lectronique", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"prenom.nom@exemple.fr", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Adresse \u00e9lectronique", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("TrainerDialog", u"&T\u00e9l\u00e9phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. 03 26 01 02 03", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"T\u00e9l\u00e9phone", None))
#endif // QT_CONFIG(accessibility)
        self.homeCentreLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Centre de rattachement", None))
        self.homeCentreEdit.setPlaceholderText(QCoreApplication.translate("TrainerDialog", u"ex. Cnam Reims", None))
#if QT_CONFIG(accessibility)
        self.homeCentreEdit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Centre de rattachement", None))
#endif // QT_CONFIG(accessibility)
        self.distanceCheck.setText(QCoreApplication.translate("TrainerDialog", u"Peut enseigner \u00e0 &distance", None))
#if QT_CONFIG(accessibility)
        self.distanceCheck.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Peut enseigner \u00e0 distance", None))
#endif // QT_CONFIG(accessibility)
        self.sectorsLabel.setText(QCoreApplication.translate("TrainerDialog", u"&Fili\u00e8res enseign\u00e9es", None))
#if QT_CONFIG(accessibility)
        self.sectorsList.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Fili\u00e8res enseign\u00e9es", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

