# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(900, 600)
        self.pageLayout = QHBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.controlsPanel = QWidget(ReportsPage)
        self.controlsPanel.setObjectName(u"controlsPanel")
        self.controlsPanel.setMaximumWidth(520)
        self.controlsLayout = QVBoxLayout(self.controlsPanel)
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.controlsLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.controlsPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.controlsLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(self.controlsPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.controlsLayout.addWidget(self.summaryLabel)

        self.workbookBox = QGroupBox(self.controlsPanel)
        self.workbookBox.setObjectName(u"workbookBox")
        self.workbookLayout = QGridLayout(self.workbookBox)
        self.workbookLayout.setObjectName(u"workbookLayout")
        self.workbookLayout.setHorizontalSpacing(16)
        self.exportButton = QPushButton(self.workbookBox)
        self.exportButton.setObjectName(u"exportButton")

        self.workbookLayout.addWidget(self.exportButton, 0, 0, 1, 1)

        self.exportLabel = QLabel(self.workbookBox)
        self.exportLabel.setObjectName(u"exportLabel")
        self.exportLabel.setWordWrap(True)

        self.workbookLayout.addWidget(self.exportLabel, 0, 1, 1, 1)

        self.templatesButton = QPushButton(self.workbookBox)
        self.templatesButton.setObjectName(u"templatesButton")

        self.workbookLayout.addWidget(self.templatesButton, 1, 0, 1, 1)

        self.templatesLabel = QLabel(self.workbookBox)
        self.templatesLabel.setObjectName(u"templatesLabel")
        self.templatesLabel.setWordWrap(True)

        self.workbookLayout.addWidget(self.templatesLabel, 1, 1, 1, 1)

        self.importButton = QPushButton(self.workbookBox)
        self.importButton.setObjectName(u"importButton")

        self.workbookLayout.addWidget(self.importButton, 2, 0, 1, 1)

        self.importLabel = QLabel(self.workbookBox)
        self.importLabel.setObjectName(u"importLabel")
        self.importLabel.setWordWrap(True)

        self.workbookLayout.addWidget(self.importLabel, 2, 1, 1, 1)


        self.controlsLayout.addWidget(self.workbookBox)

        self.lastFileLabel = QLabel(self.controlsPanel)
        self.lastFileLabel.setObjectName(u"lastFileLabel")
        self.lastFileLabel.setWordWrap(True)
        self.lastFileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.controlsLayout.addWidget(self.lastFileLabel)

        self.pdfBox = QGroupBox(self.controlsPanel)
        self.pdfBox.setObjectName(u"pdfBox")
        self.pdfLayout = QFormLayout(self.pdfBox)
        self.pdfLayout.setObjectName(u"pdfLayout")
        self.reportLabel = QLabel(self.pdfBox)
        self.reportLabel.setObjectName(u"reportLabel")

        self.pdfLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportLabel)

        self.reportCombo = QComboBox(self.pdfBox)
        self.reportCombo.setObjectName(u"reportCombo")

        self.pdfLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportCombo)

        self.scopeLabel = QLabel(self.pdfBox)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.pdfLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(self.pdfBox)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.pdfLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.targetLabel = QLabel(self.pdfBox)
        self.targetLabel.setObjectName(u"targetLabel")

        self.pdfLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(self.pdfBox)
        self.targetCombo.setObjectName(u"targetCombo")

        self.pdfLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.weekLabel = QLabel(self.pdfBox)
        self.weekLabel.setObjectName(u"weekLabel")

        self.pdfLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekLayout = QHBoxLayout()
        self.weekLayout.setObjectName(u"weekLayout")
        self.weekDate = QDateEdit(self.pdfBox)
        self.weekDate.setObjectName(u"weekDate")
        self.weekDate.setCalendarPopup(True)

        self.weekLayout.addWidget(self.weekDate)

        self.weeksSpin = QSpinBox(self.pdfBox)
        self.weeksSpin.setObjectName(u"weeksSpin")
        self.weeksSpin.setMinimum(1)
        self.weeksSpin.setMaximum(52)

        self.weekLayout.addWidget(self.weeksSpin)


        self.pdfLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.weekLayout)

        self.funderLabel = QLabel(self.pdfBox)
        self.funderLabel.setObjectName(u"funderLabel")

        self.pdfLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderCombo = QComboBox(self.pdfBox)
        self.funderCombo.setObjectName(u"funderCombo")

        self.pdfLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.funderCombo)

        self.logoTitleLabel = QLabel(self.pdfBox)
        self.logoTitleLabel.setObjectName(u"logoTitleLabel")

        self.pdfLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.logoTitleLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoLabel = QLabel(self.pdfBox)
        self.logoLabel.setObjectName(u"logoLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.logoLabel.sizePolicy().hasHeightForWidth())
        self.logoLabel.setSizePolicy(sizePolicy)

        self.logoLayout.addWidget(self.logoLabel)

        self.logoButton = QPushButton(self.pdfBox)
        self.logoButton.setObjectName(u"logoButton")

        self.logoLayout.addWidget(self.logoButton)

        self.defaultLogoButton = QPushButton(self.pdfBox)
        self.defaultLogoButton.setObjectName(u"defaultLogoButton")

        self.logoLayout.addWidget(self.defaultLogoButton)


        self.pdfLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.previewButton = QPushButton(self.pdfBox)
        self.previewButton.setObjectName(u"previewButton")

        self.pdfLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.previewButton)


        self.controlsLayout.addWidget(self.pdfBox)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.controlsLayout.addItem(self.pageSpacer)


        self.pageLayout.addWidget(self.controlsPanel)

        self.previewBox = QGroupBox(ReportsPage)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(self.previewBox)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.previewLabel)

        self.previewHost = QWidget(self.previewBox)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy1)

        self.previewLayout.addWidget(self.previewHost)

        self.previewButtons = QHBoxLayout()
        self.previewButtons.setObjectName(u"previewButtons")
        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewButtons.addItem(self.previewSpacer)

        self.saveButton = QPushButton(self.previewBox)
        self.saveButton.setObjectName(u"saveButton")

        self.previewButtons.addWidget(self.saveButton)

        self.printButton = QPushButton(self.previewBox)
        self.printButton.setObjectName(u"printButton")

        self.previewButtons.addWidget(self.printButton)


        self.previewLayout.addLayout(self.previewButtons)


        self.pageLayout.addWidget(self.previewBox)

#if QT_CONFIG(shortcut)
        self.reportLabel.setBuddy(self.reportCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.targetLabel.setBuddy(self.targetCombo)
        self.weekLabel.setBuddy(self.weekDate)
        self.funderLabel.setBuddy(self.funderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exportButton, self.templatesButton)
        QWidget.setTabOrder(self.templatesButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.reportCombo)
        QWidget.setTabOrder(self.reportCombo, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.targetCombo)
        QWidget.setTabOrder(self.targetCombo, self.weekDate)
        QWidget.setTabOrder(self.weekDate, self.weeksSpin)
        QWidget.setTabOrder(self.weeksSpin, self.funderCombo)
        QWidget.setTabOrder(self.funderCombo, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.defaultLogoButton)
        QWidget.setTabOrder(self.defaultLogoButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"<h2>Rapports</h2>", None))
        self.summaryLabel.setText(QCoreApplication.translate("ReportsPage", u"Les documents pour les partenaires, les financeurs et l'affichage, et les classeurs que les partenaires renvoient.", None))
        self.workbookBox.setTitle(QCoreApplication.translate("ReportsPage", u"Classeurs Excel", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Exporter le classeur\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Exporter le classeur pour les partenaires", None))
#endif // QT_CONFIG(accessibility)
        self.exportLabel.setText(QCoreApplication.translate("ReportsPage", u"Le classeur des partenaires : un sommaire, puis une feuille par sujet (sites, locaux et salles, inventaire, besoins d'\u00e9quipement avec leurs totaux en formules, catalogue, offre par site, planning). Tout le r\u00e9seau ou un site, sur une p\u00e9riode au choix.", None))
        self.templatesButton.setText(QCoreApplication.translate("ReportsPage", u"&Mod\u00e8les d'import\u2026", None))
#if QT_CONFIG(accessibility)
        self.templatesButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u00c9crire les mod\u00e8les d'import vierges", None))
#endif // QT_CONFIG(accessibility)
        self.templatesLabel.setText(QCoreApplication.translate("ReportsPage", u"Un classeur vierge \u00e0 faire remplir par un partenaire : sites, salles, inventaire et s\u00e9ances, avec des listes de choix et une feuille d'instructions.", None))
        self.importButton.setText(QCoreApplication.translate("ReportsPage", u"&Importer un classeur\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Importer un classeur rempli", None))
#endif // QT_CONFIG(accessibility)
        self.importLabel.setText(QCoreApplication.translate("ReportsPage", u"Un mod\u00e8le rempli, ou un classeur export\u00e9 puis compl\u00e9t\u00e9. Chaque ligne est contr\u00f4l\u00e9e avant l'enregistrement : les probl\u00e8mes sont list\u00e9s par feuille, ligne et colonne, et rien n'est \u00e9crit sans votre accord. Une ligne qui d\u00e9signe un site, une salle ou une s\u00e9ance existante la met \u00e0 jour.", None))
        self.pdfBox.setTitle(QCoreApplication.translate("ReportsPage", u"Rapports PDF", None))
        self.reportLabel.setText(QCoreApplication.translate("ReportsPage", u"R&apport :", None))
#if QT_CONFIG(accessibility)
        self.reportCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Rapport \u00e0 pr\u00e9parer", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("ReportsPage", u"P&lanning de :", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Planning d'un site, d'une salle ou d'un formateur", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("ReportsPage", u"&Site :", None))
#if QT_CONFIG(accessibility)
        self.targetCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Site, salle ou formateur du rapport", None))
#endif // QT_CONFIG(accessibility)
        self.weekLabel.setText(QCoreApplication.translate("ReportsPage", u"Se&maine du :", None))
#if QT_CONFIG(accessibility)
        self.weekDate.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Un jour de la premi\u00e8re semaine", None))
#endif // QT_CONFIG(accessibility)
        self.weekDate.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.weeksSpin.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Nombre de semaines", None))
#endif // QT_CONFIG(accessibility)
        self.weeksSpin.setSuffix(QCoreApplication.translate("ReportsPage", u" semaine(s)", None))
        self.funderLabel.setText(QCoreApplication.translate("ReportsPage", u"&Financeur :", None))
#if QT_CONFIG(accessibility)
        self.funderCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Financeur des besoins", None))
#endif // QT_CONFIG(accessibility)
        self.logoTitleLabel.setText(QCoreApplication.translate("ReportsPage", u"Logo :", None))
#if QT_CONFIG(accessibility)
        self.logoLabel.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Logo imprim\u00e9 sur les rapports", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("ReportsPage", u"Logo par d\u00e9faut", None))
#if QT_CONFIG(tooltip)
        self.logoButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Choisir l'image (PNG ou JPEG) du logo du centre, imprim\u00e9e en page de titre des rapports", None))
#endif // QT_CONFIG(tooltip)
        self.logoButton.setText(QCoreApplication.translate("ReportsPage", u"C&hanger\u2026", None))
#if QT_CONFIG(tooltip)
        self.defaultLogoButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Revenir au logo livr\u00e9 avec l'application", None))
#endif // QT_CONFIG(tooltip)
        self.defaultLogoButton.setText(QCoreApplication.translate("ReportsPage", u"Par &d\u00e9faut", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"&Pr\u00e9parer l'aper\u00e7u", None))
        self.previewBox.setTitle(QCoreApplication.translate("ReportsPage", u"Aper\u00e7u", None))
        self.previewLabel.setText(QCoreApplication.translate("ReportsPage", u"Choisissez un rapport puis \u00ab Pr\u00e9parer l'aper\u00e7u \u00bb.", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Enregistrer\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"Imp&rimer\u2026", None))
        pass
    # retranslateUi

