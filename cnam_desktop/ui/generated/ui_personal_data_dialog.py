# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'personal_data_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PersonalDataDialog(object):
    def setupUi(self, PersonalDataDialog):
        if not PersonalDataDialog.objectName():
            PersonalDataDialog.setObjectName(u"PersonalDataDialog")
        PersonalDataDialog.resize(640, 520)
        PersonalDataDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PersonalDataDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PersonalDataDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.searchEdit = QLineEdit(PersonalDataDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchEdit)

        self.peopleList = QListWidget(PersonalDataDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.peopleList)

        self.reasonLayout = QHBoxLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLabel = QLabel(PersonalDataDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(PersonalDataDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.reasonLayout.addWidget(self.reasonEdit)


        self.dialogLayout.addLayout(self.reasonLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.exportJsonButton = QPushButton(PersonalDataDialog)
        self.exportJsonButton.setObjectName(u"exportJsonButton")

        self.actionsLayout.addWidget(self.exportJsonButton)

        self.exportCsvButton = QPushButton(PersonalDataDialog)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.actionsLayout.addWidget(self.exportCsvButton)

        self.eraseButton = QPushButton(PersonalDataDialog)
        self.eraseButton.setObjectName(u"eraseButton")

        self.actionsLayout.addWidget(self.eraseButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.statusLabel = QLabel(PersonalDataDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(PersonalDataDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonalDataDialog)
        self.buttonBox.rejected.connect(PersonalDataDialog.reject)

        QMetaObject.connectSlotsByName(PersonalDataDialog)
    # setupUi

    def retranslateUi(self, PersonalDataDialog):
        PersonalDataDialog.setWindowTitle(QCoreApplication.translate("PersonalDataDialog", u"Donn\u00e9es personnelles", None))
        self.introLabel.setText(QCoreApplication.translate("PersonalDataDialog", u"Formateurs et contacts des partenaires dont le fichier contient des donn\u00e9es personnelles. Sur demande d'une personne, exportez ses donn\u00e9es ou effacez-les.", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PersonalDataDialog", u"Rechercher une personne", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PersonalDataDialog", u"Rechercher un nom\u2026", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("PersonalDataDialog", u"Personnes dont le fichier contient des donn\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("PersonalDataDialog", u"&Motif de l'effacement :", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PersonalDataDialog", u"ex. demande re\u00e7ue le 20/11/2026 (sans donn\u00e9e personnelle)", None))
        self.exportJsonButton.setText(QCoreApplication.translate("PersonalDataDialog", u"Exporter (&JSON)\u2026", None))
        self.exportCsvButton.setText(QCoreApplication.translate("PersonalDataDialog", u"Exporter (&CSV)\u2026", None))
        self.eraseButton.setText(QCoreApplication.translate("PersonalDataDialog", u"&Effacer\u2026", None))
    # retranslateUi

