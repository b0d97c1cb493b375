# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 420)
        RestoreDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RestoreDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.backupsTree = QTreeWidget(RestoreDialog)
        self.backupsTree.setObjectName(u"backupsTree")
        self.backupsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTree.setAlternatingRowColors(True)
        self.backupsTree.setRootIsDecorated(False)
        self.backupsTree.setUniformRowHeights(True)
        self.backupsTree.setAllColumnsShowFocus(True)

        self.dialogLayout.addWidget(self.backupsTree)

        self.folderLabel = QLabel(RestoreDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.folderLabel)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)
        self.buttonBox.accepted.connect(RestoreDialog.accept)
        self.buttonBox.rejected.connect(RestoreDialog.reject)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restaurer une sauvegarde", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"Choisissez la copie \u00e0 remettre en place. La base actuelle sera d'abord gard\u00e9e comme copie \u00ab avant restauration \u00bb.", None))
        ___qtreewidgetitem = self.backupsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RestoreDialog", u"Taille", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RestoreDialog", u"Type", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RestoreDialog", u"Date", None))
#if QT_CONFIG(accessibility)
        self.backupsTree.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Sauvegardes, de la plus r\u00e9cente \u00e0 la plus ancienne", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

