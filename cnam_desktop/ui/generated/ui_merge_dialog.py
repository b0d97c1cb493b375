# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(820, 440)
        MergeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.introLabel)

        self.hintLabel = QLabel(MergeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.diffScroll = QScrollArea(MergeDialog)
        self.diffScroll.setObjectName(u"diffScroll")
        self.diffScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.diffScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.diffScroll.setWidgetResizable(True)
        self.diffWidget = QWidget()
        self.diffWidget.setObjectName(u"diffWidget")
        self.diffWidget.setGeometry(QRect(0, 0, 796, 280))
        self.diffGrid = QGridLayout(self.diffWidget)
        self.diffGrid.setObjectName(u"diffGrid")
        self.diffGrid.setHorizontalSpacing(0)
        self.diffGrid.setVerticalSpacing(0)
        self.diffGrid.setContentsMargins(0, 0, 0, 0)
        self.diffScroll.setWidget(self.diffWidget)

        self.dialogLayout.addWidget(self.diffScroll)

        self.legendLabel = QLabel(MergeDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.legendLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.keepMineButton = QPushButton(MergeDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")
        self.keepMineButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.keepMineButton)

        self.takeTheirsButton = QPushButton(MergeDialog)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")
        self.takeTheirsButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.takeTheirsButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.mergeButton = QPushButton(MergeDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonLayout.addWidget(self.mergeButton)

        self.cancelButton = QPushButton(MergeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.mergeButton, self.keepMineButton)
        QWidget.setTabOrder(self.keepMineButton, self.takeTheirsButton)
        QWidget.setTabOrder(self.takeTheirsButton, self.cancelButton)

        self.retranslateUi(MergeDialog)
        self.cancelButton.clicked.connect(MergeDialog.reject)

        self.mergeButton.setDefault(True)


        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Modification concurrente", None))
        self.hintLabel.setText(QCoreApplication.translate("MergeDialog", u"Pour chaque champ, cochez la valeur \u00e0 garder puis cliquez sur \u00ab Fusionner \u00bb. Les choix propos\u00e9s gardent le changement de chacun l\u00e0 o\u00f9 l'autre n'a rien modifi\u00e9. Au clavier : Tab passe d'un champ \u00e0 l'autre, les fl\u00e8ches choisissent la valeur.", None))
#if QT_CONFIG(accessibility)
        self.diffScroll.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Champs qui diff\u00e8rent", None))
#endif // QT_CONFIG(accessibility)
        self.legendLabel.setText(QCoreApplication.translate("MergeDialog", u"Sur fond jaune : les champs modifi\u00e9s des deux c\u00f4t\u00e9s ; votre version y est propos\u00e9e.", None))
#if QT_CONFIG(tooltip)
        self.keepMineButton.setToolTip(QCoreApplication.translate("MergeDialog", u"Enregistrer votre version de tous les champs", None))
#endif // QT_CONFIG(tooltip)
        self.keepMineButton.setText(QCoreApplication.translate("MergeDialog", u"&Garder ma version", None))
#if QT_CONFIG(tooltip)
        self.takeTheirsButton.setToolTip(QCoreApplication.translate("MergeDialog", u"Ne rien enregistrer et garder la version de l'autre personne", None))
#endif // QT_CONFIG(tooltip)
        self.takeTheirsButton.setText(QCoreApplication.translate("MergeDialog", u"&Prendre sa version", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("MergeDialog", u"Enregistrer la valeur coch\u00e9e de chaque champ", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("MergeDialog", u"&Fusionner", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("MergeDialog", u"Revenir au formulaire sans rien enregistrer", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("MergeDialog", u"Annuler", None))
    # retranslateUi

