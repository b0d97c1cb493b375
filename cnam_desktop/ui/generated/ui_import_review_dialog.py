# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_review_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportReviewDialog(object):
    def setupUi(self, ImportReviewDialog):
        if not ImportReviewDialog.objectName():
            ImportReviewDialog.setObjectName(u"ImportReviewDialog")
        ImportReviewDialog.resize(980, 600)
        ImportReviewDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ImportReviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ImportReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.introLabel)

        self.countsTable = QTableWidget(ImportReviewDialog)
        self.countsTable.setObjectName(u"countsTable")
        self.countsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.countsTable.setMaximumHeight(150)

        self.dialogLayout.addWidget(self.countsTable)

        self.problemsLabel = QLabel(ImportReviewDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.dialogLayout.addWidget(self.problemsLabel)

        self.problemsTable = QTableWidget(ImportReviewDialog)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsTable)

        self.warningsLabel = QLabel(ImportReviewDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.warningsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.copyButton = QPushButton(ImportReviewDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonsLayout.addWidget(self.copyButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.validOnlyButton = QPushButton(ImportReviewDialog)
        self.validOnlyButton.setObjectName(u"validOnlyButton")

        self.buttonsLayout.addWidget(self.validOnlyButton)

        self.importButton = QPushButton(ImportReviewDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportReviewDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.problemsLabel.setBuddy(self.problemsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.countsTable, self.problemsTable)
        QWidget.setTabOrder(self.problemsTable, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.validOnlyButton)
        QWidget.setTabOrder(self.validOnlyButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)

        self.retranslateUi(ImportReviewDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportReviewDialog)
    # setupUi

    def retranslateUi(self, ImportReviewDialog):
        ImportReviewDialog.setWindowTitle(QCoreApplication.translate("ImportReviewDialog", u"Importer un classeur", None))
#if QT_CONFIG(accessibility)
        self.countsTable.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Lignes par feuille : \u00e0 cr\u00e9er, \u00e0 mettre \u00e0 jour, inchang\u00e9es, refus\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Probl\u00e8mes :", None))
#if QT_CONFIG(accessibility)
        self.problemsTable.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Probl\u00e8mes par feuille, ligne et colonne", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("ImportReviewDialog", u"&Copier la liste", None))
        self.validOnlyButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Importer les lignes &valides", None))
        self.importButton.setText(QCoreApplication.translate("ImportReviewDialog", u"&Importer", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Fermer", None))
    # retranslateUi

