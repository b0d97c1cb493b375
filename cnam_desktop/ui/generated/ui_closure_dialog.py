# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closure_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ClosureDialog(object):
    def setupUi(self, ClosureDialog):
        if not ClosureDialog.objectName():
            ClosureDialog.setObjectName(u"ClosureDialog")
        ClosureDialog.resize(480, 300)
        ClosureDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"summary\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[role=\"notice\"] { color: #5f6368; font-style: italic; }")
        ClosureDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ClosureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorSummary = QLabel(ClosureDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"role", u"summary")
        self.errorSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummary)

        self.closureForm = QFormLayout()
        self.closureForm.setObjectName(u"closureForm")
        self.closureForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.closureForm.setVerticalSpacing(4)
        self.kindLabel = QLabel(ClosureDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.closureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ClosureDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.closureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(ClosureDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setProperty(u"role", u"error")
        self.kindError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.kindError.setWordWrap(True)
        self.kindError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closureForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.kindError)

        self.labelLabel = QLabel(ClosureDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.closureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(ClosureDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(200)

        self.closureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.labelError = QLabel(ClosureDialog)
        self.labelError.setObjectName(u"labelError")
        self.labelError.setProperty(u"role", u"error")
        self.labelError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.labelError.setWordWrap(True)
        self.labelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closureForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.labelError)

        self.startDateLabel = QLabel(ClosureDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.closureForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(ClosureDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.closureForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startDateError = QLabel(ClosureDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setProperty(u"role", u"error")
        self.startDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.startDateError.setWordWrap(True)
        self.startDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closureForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.startDateError)

        self.endDateLabel = QLabel(ClosureDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.closureForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = QDateEdit(ClosureDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.closureForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.endDateError = QLabel(ClosureDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setProperty(u"role", u"error")
        self.endDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.endDateError.setWordWrap(True)
        self.endDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closureForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.endDateError)

        self.siteLabel = QLabel(ClosureDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.closureForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(ClosureDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.closureForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.siteError = QLabel(ClosureDialog)
        self.siteError.setObjectName(u"siteError")
        self.siteError.setProperty(u"role", u"error")
        self.siteError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.siteError.setWordWrap(True)
        self.siteError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closureForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.siteError)

        self.subdivisionLabel = QLabel(ClosureDialog)
        self.subdivisionLabel.setObjectName(u"subdivisionLabel")

        self.closureForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.subdivisionLabel)

        self.subdivisionEdit = QLineEdit(ClosureDialog)
        self.subdivisionEdit.setObjectName(u"subdivisionEdit")
        self.subdivisionEdit.setReadOnly(True)

        self.closureForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.subdivisionEdit)

        self.subdivisionError = QLabel(ClosureDialog)
        self.subdivisionError.setObjectName(u"subdivisionError")
        self.subdivisionError.setProperty(u"role", u"error")
        self.subdivisionError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.subdivisionError.setWordWrap(True)
        self.subdivisionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closureForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.subdivisionError)


        self.dialogLayout.addLayout(self.closureForm)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ClosureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.labelLabel.setBuddy(self.labelEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.siteLabel.setBuddy(self.siteCombo)
        self.subdivisionLabel.setBuddy(self.subdivisionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.subdivisionEdit)
        QWidget.setTabOrder(self.subdivisionEdit, self.buttonBox)

        self.retranslateUi(ClosureDialog)
        self.buttonBox.accepted.connect(ClosureDialog.accept)
        self.buttonBox.rejected.connect(ClosureDialog.reject)

        QMetaObject.connectSlotsByName(ClosureDialog)
    # setupUi

    def retranslateUi(self, ClosureDialog):
        ClosureDialog.setWindowTitle(QCoreApplication.translate("ClosureDialog", u"Fermeture", None))
        self.kindLabel.setText(QCoreApplication.translate("ClosureDialog", u"&Nature *", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ClosureDialog", u"Nature de la fermeture", None))
#endif // QT_CONFIG(accessibility)
        self.labelLabel.setText(QCoreApplication.translate("ClosureDialog", u"&Libell\u00e9 *", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("ClosureDialog", u"ex. Fermeture estivale", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("ClosureDialog", u"Libell\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("ClosureDialog", u"Date de &d\u00e9but *", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("ClosureDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("ClosureDialog", u"Date de d\u00e9but", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("ClosureDialog", u"Date de &fin *", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("ClosureDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("ClosureDialog", u"Date de fin (incluse)", None))
#endif // QT_CONFIG(accessibility)
        self.siteLabel.setText(QCoreApplication.translate("ClosureDialog", u"&Site concern\u00e9", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("ClosureDialog", u"Site concern\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.subdivisionLabel.setText(QCoreApplication.translate("ClosureDialog", u"D\u00e9part&ement", None))
#if QT_CONFIG(accessibility)
        self.subdivisionEdit.setAccessibleName(QCoreApplication.translate("ClosureDialog", u"D\u00e9partement concern\u00e9", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

