# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sector_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SectorDialog(object):
    def setupUi(self, SectorDialog):
        if not SectorDialog.objectName():
            SectorDialog.setObjectName(u"SectorDialog")
        SectorDialog.resize(480, 300)
        SectorDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        SectorDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SectorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(SectorDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.sectorForm = QFormLayout()
        self.sectorForm.setObjectName(u"sectorForm")
        self.sectorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sectorForm.setVerticalSpacing(4)
        self.codeLabel = QLabel(SectorDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.sectorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(SectorDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.sectorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeError = QLabel(SectorDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setProperty(u"role", u"error")
        self.codeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.codeError.setWordWrap(True)
        self.codeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sectorForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.codeError)

        self.nameLabel = QLabel(SectorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.sectorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SectorDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.sectorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(SectorDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"role", u"error")
        self.nameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sectorForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.nameError)

        self.descriptionLabel = QLabel(SectorDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.sectorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(SectorDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.sectorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(SectorDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setProperty(u"role", u"error")
        self.descriptionError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.descriptionError.setWordWrap(True)
        self.descriptionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sectorForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.descriptionError)


        self.dialogLayout.addLayout(self.sectorForm)

        self.buttonBox = QDialogButtonBox(SectorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.buttonBox)

        self.retranslateUi(SectorDialog)
        self.buttonBox.accepted.connect(SectorDialog.accept)
        self.buttonBox.rejected.connect(SectorDialog.reject)

        QMetaObject.connectSlotsByName(SectorDialog)
    # setupUi

    def retranslateUi(self, SectorDialog):
        SectorDialog.setWindowTitle(QCoreApplication.translate("SectorDialog", u"Fili\u00e8re", None))
        self.codeLabel.setText(QCoreApplication.translate("SectorDialog", u"&Code *", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SectorDialog", u"ex. INFO", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("SectorDialog", u"Code de la fili\u00e8re", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("SectorDialog", u"&Nom *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SectorDialog", u"ex. Informatique et num\u00e9rique", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SectorDialog", u"Nom de la fili\u00e8re", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("SectorDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("SectorDialog", u"M\u00e9tiers vis\u00e9s, publics, partenaires\u2026", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("SectorDialog", u"Description de la fili\u00e8re", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

