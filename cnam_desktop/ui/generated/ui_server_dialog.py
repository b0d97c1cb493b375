# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_dialog.ui'
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

class Ui_ServerDialog(object):
    def setupUi(self, ServerDialog):
        if not ServerDialog.objectName():
            ServerDialog.setObjectName(u"ServerDialog")
        ServerDialog.resize(520, 380)
        ServerDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; }")
        ServerDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ServerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ServerDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setProperty(u"role", u"notice")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.errorSummary = QLabel(ServerDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serverForm.setVerticalSpacing(4)
        self.recentLabel = QLabel(ServerDialog)
        self.recentLabel.setObjectName(u"recentLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recentLabel)

        self.recentCombo = QComboBox(ServerDialog)
        self.recentCombo.setObjectName(u"recentCombo")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recentCombo)

        self.hostLabel = QLabel(ServerDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ServerDialog)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(200)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.hostError = QLabel(ServerDialog)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setProperty(u"role", u"error")
        self.hostError.setWordWrap(True)

        self.serverForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.hostError)

        self.portLabel = QLabel(ServerDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ServerDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.portError = QLabel(ServerDialog)
        self.portError.setObjectName(u"portError")
        self.portError.setProperty(u"role", u"error")
        self.portError.setWordWrap(True)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.portError)

        self.databaseLabel = QLabel(ServerDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ServerDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setMaxLength(200)

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.databaseError = QLabel(ServerDialog)
        self.databaseError.setObjectName(u"databaseError")
        self.databaseError.setProperty(u"role", u"error")
        self.databaseError.setWordWrap(True)

        self.serverForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.databaseError)

        self.userLabel = QLabel(ServerDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ServerDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(200)

        self.serverForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.userError = QLabel(ServerDialog)
        self.userError.setObjectName(u"userError")
        self.userError.setProperty(u"role", u"error")
        self.userError.setWordWrap(True)

        self.serverForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.userError)

        self.passwordLabel = QLabel(ServerDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ServerDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordError = QLabel(ServerDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setProperty(u"role", u"error")
        self.passwordError.setWordWrap(True)

        self.serverForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.passwordError)


        self.dialogLayout.addLayout(self.serverForm)

        self.rememberCheck = QCheckBox(ServerDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.dialogLayout.addWidget(self.rememberCheck)

        self.keyringNotice = QLabel(ServerDialog)
        self.keyringNotice.setObjectName(u"keyringNotice")
        self.keyringNotice.setProperty(u"role", u"notice")
        self.keyringNotice.setWordWrap(True)

        self.dialogLayout.addWidget(self.keyringNotice)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ServerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentCombo)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recentCombo, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)

        self.retranslateUi(ServerDialog)
        self.buttonBox.accepted.connect(ServerDialog.accept)
        self.buttonBox.rejected.connect(ServerDialog.reject)

        QMetaObject.connectSlotsByName(ServerDialog)
    # setupUi

    def retranslateUi(self, ServerDialog):
        ServerDialog.setWindowTitle(QCoreApplication.translate("ServerDialog", u"Ouvrir une base partag\u00e9e", None))
        self.intro.setText(QCoreApplication.translate("ServerDialog", u"La base partag\u00e9e de l'\u00e9quipe r\u00e9gionale, sur un serveur PostgreSQL. Demandez ces informations \u00e0 la personne qui g\u00e8re le serveur.", None))
        self.recentLabel.setText(QCoreApplication.translate("ServerDialog", u"Bases &r\u00e9centes", None))
#if QT_CONFIG(accessibility)
        self.recentCombo.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Bases partag\u00e9es ouvertes r\u00e9cemment", None))
#endif // QT_CONFIG(accessibility)
        self.hostLabel.setText(QCoreApplication.translate("ServerDialog", u"&Serveur *", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Nom ou adresse du serveur PostgreSQL", None))
#endif // QT_CONFIG(accessibility)
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"ex. bdd.cnam-grandest.fr", None))
        self.portLabel.setText(QCoreApplication.translate("ServerDialog", u"&Port *", None))
#if QT_CONFIG(accessibility)
        self.portSpin.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Port du serveur", None))
#endif // QT_CONFIG(accessibility)
        self.databaseLabel.setText(QCoreApplication.translate("ServerDialog", u"&Base *", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Nom de la base de donn\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"ex. reseau", None))
        self.userLabel.setText(QCoreApplication.translate("ServerDialog", u"&Utilisateur *", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Nom d'utilisateur sur le serveur", None))
#endif // QT_CONFIG(accessibility)
        self.userEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"ex. marie.durand", None))
        self.passwordLabel.setText(QCoreApplication.translate("ServerDialog", u"&Mot de passe", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Mot de passe", None))
#endif // QT_CONFIG(accessibility)
        self.rememberCheck.setText(QCoreApplication.translate("ServerDialog", u"M\u00e9&moriser le mot de passe dans le trousseau du syst\u00e8me", None))
    # retranslateUi

