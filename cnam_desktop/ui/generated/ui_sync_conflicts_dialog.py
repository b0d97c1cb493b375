# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.resize(860, 460)
        SyncConflictsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SyncConflictsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SyncConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.conflictsTree = QTreeWidget(SyncConflictsDialog)
        self.conflictsTree.setObjectName(u"conflictsTree")
        self.conflictsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTree.setAlternatingRowColors(True)
        self.conflictsTree.setRootIsDecorated(False)
        self.conflictsTree.setUniformRowHeights(True)
        self.conflictsTree.setAllColumnsShowFocus(True)

        self.dialogLayout.addWidget(self.conflictsTree)

        self.detailLabel = QLabel(SyncConflictsDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.detailLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.resolveButton = QPushButton(SyncConflictsDialog)
        self.resolveButton.setObjectName(u"resolveButton")

        self.buttonsLayout.addWidget(self.resolveButton)

        self.keepLocalButton = QPushButton(SyncConflictsDialog)
        self.keepLocalButton.setObjectName(u"keepLocalButton")

        self.buttonsLayout.addWidget(self.keepLocalButton)

        self.takeServerButton = QPushButton(SyncConflictsDialog)
        self.takeServerButton.setObjectName(u"takeServerButton")

        self.buttonsLayout.addWidget(self.takeServerButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(SyncConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.conflictsTree, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.keepLocalButton)
        QWidget.setTabOrder(self.keepLocalButton, self.takeServerButton)

        self.retranslateUi(SyncConflictsDialog)
        self.buttonBox.rejected.connect(SyncConflictsDialog.reject)

        QMetaObject.connectSlotsByName(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"Conflits de synchronisation", None))
        ___qtreewidgetitem = self.conflictsTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SyncConflictsDialog", u"Version de la base partag\u00e9e", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SyncConflictsDialog", u"Nature du conflit", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SyncConflictsDialog", u"Enregistrement", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SyncConflictsDialog", u"\u00c9l\u00e9ment", None))
#if QT_CONFIG(accessibility)
        self.conflictsTree.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Conflits \u00e0 r\u00e9soudre", None))
#endif // QT_CONFIG(accessibility)
        self.resolveButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Comparer et r\u00e9soudre\u2026", None))
#if QT_CONFIG(tooltip)
        self.resolveButton.setToolTip(QCoreApplication.translate("SyncConflictsDialog", u"Voir les deux versions champ par champ et choisir", None))
#endif // QT_CONFIG(tooltip)
        self.keepLocalButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"Garder la version de ce &poste", None))
#if QT_CONFIG(tooltip)
        self.keepLocalButton.setToolTip(QCoreApplication.translate("SyncConflictsDialog", u"Elle sera envoy\u00e9e \u00e0 la base partag\u00e9e \u00e0 la prochaine synchronisation", None))
#endif // QT_CONFIG(tooltip)
        self.takeServerButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"Prendre la version &partag\u00e9e", None))
#if QT_CONFIG(tooltip)
        self.takeServerButton.setToolTip(QCoreApplication.translate("SyncConflictsDialog", u"Remplacer la version de ce poste par celle de la base partag\u00e9e", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

