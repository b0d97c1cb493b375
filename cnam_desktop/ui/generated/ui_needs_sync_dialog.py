# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'needs_sync_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_NeedsSyncDialog(object):
    def setupUi(self, NeedsSyncDialog):
        if not NeedsSyncDialog.objectName():
            NeedsSyncDialog.setObjectName(u"NeedsSyncDialog")
        NeedsSyncDialog.resize(1040, 560)
        NeedsSyncDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(NeedsSyncDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NeedsSyncDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.countsLabel = QLabel(NeedsSyncDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.countsLabel)

        self.changesTree = QTreeWidget(NeedsSyncDialog)
        self.changesTree.setObjectName(u"changesTree")
        self.changesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTree.setAlternatingRowColors(True)
        self.changesTree.setUniformRowHeights(True)
        self.changesTree.setAllColumnsShowFocus(True)

        self.dialogLayout.addWidget(self.changesTree)

        self.showKeptCheck = QCheckBox(NeedsSyncDialog)
        self.showKeptCheck.setObjectName(u"showKeptCheck")

        self.dialogLayout.addWidget(self.showKeptCheck)

        self.totalsLabel = QLabel(NeedsSyncDialog)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.totalsLabel)

        self.noteLabel = QLabel(NeedsSyncDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setStyleSheet(u"color: #5f6368;")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(NeedsSyncDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.changesTree, self.showKeptCheck)
        QWidget.setTabOrder(self.showKeptCheck, self.buttonBox)

        self.retranslateUi(NeedsSyncDialog)
        self.buttonBox.accepted.connect(NeedsSyncDialog.accept)
        self.buttonBox.rejected.connect(NeedsSyncDialog.reject)

        QMetaObject.connectSlotsByName(NeedsSyncDialog)
    # setupUi

    def retranslateUi(self, NeedsSyncDialog):
        NeedsSyncDialog.setWindowTitle(QCoreApplication.translate("NeedsSyncDialog", u"Besoins calcul\u00e9s depuis l'offre", None))
#if QT_CONFIG(accessibility)
        self.countsLabel.setAccessibleName(QCoreApplication.translate("NeedsSyncDialog", u"Nombre de besoins par changement", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.changesTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("NeedsSyncDialog", u"Co\u00fbt apr\u00e8s", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("NeedsSyncDialog", u"Co\u00fbt avant", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("NeedsSyncDialog", u"Quantit\u00e9", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("NeedsSyncDialog", u"Changement", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("NeedsSyncDialog", u"Ouverture", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("NeedsSyncDialog", u"Site / mat\u00e9riel", None))
#if QT_CONFIG(accessibility)
        self.changesTree.setAccessibleName(QCoreApplication.translate("NeedsSyncDialog", u"Changements des besoins, par site", None))
#endif // QT_CONFIG(accessibility)
        self.showKeptCheck.setText(QCoreApplication.translate("NeedsSyncDialog", u"Afficher aussi les besoins &inchang\u00e9s", None))
#if QT_CONFIG(accessibility)
        self.showKeptCheck.setAccessibleName(QCoreApplication.translate("NeedsSyncDialog", u"Afficher aussi les besoins inchang\u00e9s", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalsLabel.setAccessibleName(QCoreApplication.translate("NeedsSyncDialog", u"Co\u00fbt estim\u00e9 avant et apr\u00e8s", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

