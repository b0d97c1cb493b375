# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workbook_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WorkbookExportDialog(object):
    def setupUi(self, WorkbookExportDialog):
        if not WorkbookExportDialog.objectName():
            WorkbookExportDialog.setObjectName(u"WorkbookExportDialog")
        WorkbookExportDialog.resize(560, 330)
        WorkbookExportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(WorkbookExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(WorkbookExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.siteLabel = QLabel(WorkbookExportDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(WorkbookExportDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.periodBox = QGroupBox(WorkbookExportDialog)
        self.periodBox.setObjectName(u"periodBox")
        self.periodBox.setCheckable(True)
        self.periodBox.setChecked(False)
        self.periodLayout = QFormLayout(self.periodBox)
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(self.periodBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(self.periodBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(self.periodBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDate = QDateEdit(self.periodBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDate)


        self.dialogLayout.addWidget(self.periodBox)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(WorkbookExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(WorkbookExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(WorkbookExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.errorLabel = QLabel(WorkbookExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(WorkbookExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.siteCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteCombo, self.periodBox)
        QWidget.setTabOrder(self.periodBox, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(WorkbookExportDialog)

        QMetaObject.connectSlotsByName(WorkbookExportDialog)
    # setupUi

    def retranslateUi(self, WorkbookExportDialog):
        WorkbookExportDialog.setWindowTitle(QCoreApplication.translate("WorkbookExportDialog", u"Exporter le classeur pour les partenaires", None))
        self.introLabel.setText(QCoreApplication.translate("WorkbookExportDialog", u"Un classeur Excel avec une feuille par sujet : sites, locaux et salles, inventaire, besoins d'\u00e9quipement (avec totaux), catalogue, offre par site et planning des s\u00e9ances.", None))
        self.siteLabel.setText(QCoreApplication.translate("WorkbookExportDialog", u"&P\u00e9rim\u00e8tre :", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("WorkbookExportDialog", u"P\u00e9rim\u00e8tre : tout le r\u00e9seau ou un site", None))
#endif // QT_CONFIG(accessibility)
        self.periodBox.setTitle(QCoreApplication.translate("WorkbookExportDialog", u"Limiter l'offre et le planning \u00e0 une p\u00e9&riode", None))
        self.fromLabel.setText(QCoreApplication.translate("WorkbookExportDialog", u"&Du :", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("WorkbookExportDialog", u"D\u00e9but de la p\u00e9riode", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("WorkbookExportDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("WorkbookExportDialog", u"&Au :", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("WorkbookExportDialog", u"Fin de la p\u00e9riode", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("WorkbookExportDialog", u"dd/MM/yyyy", None))
        self.fileLabel.setText(QCoreApplication.translate("WorkbookExportDialog", u"&Fichier :", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("WorkbookExportDialog", u"Fichier du classeur \u00e0 \u00e9crire", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("WorkbookExportDialog", u"&Choisir\u2026", None))
    # retranslateUi

