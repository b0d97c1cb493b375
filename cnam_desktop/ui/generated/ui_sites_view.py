# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sites_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SitesView(object):
    def setupUi(self, SitesView):
        if not SitesView.objectName():
            SitesView.setObjectName(u"SitesView")
        SitesView.resize(1080, 760)
        SitesView.setStyleSheet(u"QLabel[role=\"notice\"] { color: #5f6368; }\n"
"QLabel[role=\"title\"] { font-size: 15pt; font-weight: bold; }\n"
"QLabel[role=\"warning\"] { color: #8a4500; font-weight: bold; }")
        self.viewLayout = QVBoxLayout(SitesView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.searchEdit = QLineEdit(SitesView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.actionLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(SitesView)
        self.newButton.setObjectName(u"newButton")

        self.actionLayout.addWidget(self.newButton)

        self.editButton = QPushButton(SitesView)
        self.editButton.setObjectName(u"editButton")

        self.actionLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(SitesView)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionLayout.addWidget(self.deleteButton)

        self.exportButton = QPushButton(SitesView)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)


        self.viewLayout.addLayout(self.actionLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilterLabel = QLabel(SitesView)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(SitesView)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilter)

        self.departmentFilterLabel = QLabel(SitesView)
        self.departmentFilterLabel.setObjectName(u"departmentFilterLabel")

        self.filterLayout.addWidget(self.departmentFilterLabel)

        self.departmentFilter = QComboBox(SitesView)
        self.departmentFilter.setObjectName(u"departmentFilter")
        self.departmentFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.departmentFilter)

        self.acvFilterLabel = QLabel(SitesView)
        self.acvFilterLabel.setObjectName(u"acvFilterLabel")

        self.filterLayout.addWidget(self.acvFilterLabel)

        self.acvFilter = QComboBox(SitesView)
        self.acvFilter.setObjectName(u"acvFilter")
        self.acvFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.acvFilter)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(SitesView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"notice")

        self.filterLayout.addWidget(self.countLabel)


        self.viewLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(SitesView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.sitesTable = QTableView(self.splitter)
        self.sitesTable.setObjectName(u"sitesTable")
        self.sitesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sitesTable.setAlternatingRowColors(True)
        self.sitesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sitesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sitesTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.sitesTable.setWordWrap(False)
        self.splitter.addWidget(self.sitesTable)
        self.sitesTable.horizontalHeader().setHighlightSections(False)
        self.sitesTable.horizontalHeader().setStretchLastSection(True)
        self.sitesTable.verticalHeader().setVisible(False)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.placeholderPage = QWidget()
        self.placeholderPage.setObjectName(u"placeholderPage")
        self.placeholderLayout = QVBoxLayout(self.placeholderPage)
        self.placeholderLayout.setObjectName(u"placeholderLayout")
        self.placeholderLabel = QLabel(self.placeholderPage)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setProperty(u"role", u"notice")
        self.placeholderLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholderLabel.setWordWrap(True)

        self.placeholderLayout.addWidget(self.placeholderLabel)

        self.detailStack.addWidget(self.placeholderPage)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QHBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.identityScroll = QScrollArea(self.detailPage)
        self.identityScroll.setObjectName(u"identityScroll")
        self.identityScroll.setMinimumSize(QSize(300, 0))
        self.identityScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.identityScroll.setWidgetResizable(True)
        self.identityWidget = QWidget()
        self.identityWidget.setObjectName(u"identityWidget")
        self.identityLayout = QVBoxLayout(self.identityWidget)
        self.identityLayout.setObjectName(u"identityLayout")
        self.detailTitle = QLabel(self.identityWidget)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setProperty(u"role", u"title")
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.detailTitle)

        self.detailSubtitle = QLabel(self.identityWidget)
        self.detailSubtitle.setObjectName(u"detailSubtitle")
        self.detailSubtitle.setProperty(u"role", u"notice")
        self.detailSubtitle.setWordWrap(True)

        self.identityLayout.addWidget(self.detailSubtitle)

        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.identityForm.setVerticalSpacing(3)
        self.townLabel = QLabel(self.identityWidget)
        self.townLabel.setObjectName(u"townLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.townLabel)

        self.townValue = QLabel(self.identityWidget)
        self.townValue.setObjectName(u"townValue")
        self.townValue.setWordWrap(True)
        self.townValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.townValue)

        self.inseeLabel = QLabel(self.identityWidget)
        self.inseeLabel.setObjectName(u"inseeLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.inseeLabel)

        self.inseeValue = QLabel(self.identityWidget)
        self.inseeValue.setObjectName(u"inseeValue")
        self.inseeValue.setWordWrap(True)
        self.inseeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inseeValue)

        self.postcodeLabel = QLabel(self.identityWidget)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeValue = QLabel(self.identityWidget)
        self.postcodeValue.setObjectName(u"postcodeValue")
        self.postcodeValue.setWordWrap(True)
        self.postcodeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postcodeValue)

        self.departmentLabel = QLabel(self.identityWidget)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentValue = QLabel(self.identityWidget)
        self.departmentValue.setObjectName(u"departmentValue")
        self.departmentValue.setWordWrap(True)
        self.departmentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentValue)

        self.epciLabel = QLabel(self.identityWidget)
        self.epciLabel.setObjectName(u"epciLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.epciLabel)

        self.epciValue = QLabel(self.identityWidget)
        self.epciValue.setObjectName(u"epciValue")
        self.epciValue.setWordWrap(True)
        self.epciValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.epciValue)

        self.regionLabel = QLabel(self.identityWidget)
        self.regionLabel.setObjectName(u"regionLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionValue = QLabel(self.identityWidget)
        self.regionValue.setObjectName(u"regionValue")
        self.regionValue.setWordWrap(True)
        self.regionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.regionValue)

        self.employmentAreaLabel = QLabel(self.identityWidget)
        self.employmentAreaLabel.setObjectName(u"employmentAreaLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.employmentAreaLabel)

        self.employmentAreaValue = QLabel(self.identityWidget)
        self.employmentAreaValue.setObjectName(u"employmentAreaValue")
        self.employmentAreaValue.setWordWrap(True)
        self.employmentAreaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.employmentAreaValue)

        self.programmeLabel = QLabel(self.identityWidget)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeValue = QLabel(self.identityWidget)
        self.programmeValue.setObjectName(u"programmeValue")
        self.programmeValue.setWordWrap(True)
        self.programmeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.programmeValue)

        self.applicationDateLabel = QLabel(self.identityWidget)
        self.applicationDateLabel.setObjectName(u"applicationDateLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.applicationDateLabel)

        self.applicationDateValue = QLabel(self.identityWidget)
        self.applicationDateValue.setObjectName(u"applicationDateValue")
        self.applicationDateValue.setWordWrap(True)
        self.applicationDateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.applicationDateValue)

        self.selectionDateLabel = QLabel(self.identityWidget)
        self.selectionDateLabel.setObjectName(u"selectionDateLabel")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.selectionDateLabel)

        self.selectionDateValue = QLabel(self.identityWidget)
        self.selectionDateValue.setObjectName(u"selectionDateValue")
        self.selectionDateValue.setWordWrap(True)
        self.selectionDateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.selectionDateValue)

        self.openingDateLabel = QLabel(self.identityWidget)
        self.openingDateLabel.setObjectName(u"openingDateLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.openingDateLabel)

        self.openingDateValue = QLabel(self.identityWidget)
        self.openingDateValue.setObjectName(u"openingDateValue")
        self.openingDateValue.setWordWrap(True)
        self.openingDateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.openingDateValue)

        self.coordinatesLabel = QLabel(self.identityWidget)
        self.coordinatesLabel.setObjectName(u"coordinatesLabel")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.coordinatesLabel)

        self.coordinatesValue = QLabel(self.identityWidget)
        self.coordinatesValue.setObjectName(u"coordinatesValue")
        self.coordinatesValue.setWordWrap(True)
        self.coordinatesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.coordinatesValue)

        self.notesLabel = QLabel(self.identityWidget)
        self.notesLabel.setObjectName(u"notesLabel")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesValue = QLabel(self.identityWidget)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.identityLayout.addLayout(self.identityForm)

        self.identitySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityLayout.addItem(self.identitySpacer)

        self.identityScroll.setWidget(self.identityWidget)

        self.detailLayout.addWidget(self.identityScroll)

        self.detailTabs = QTabWidget(self.detailPage)
        self.detailTabs.setObjectName(u"detailTabs")
        self.partnersTab = QWidget()
        self.partnersTab.setObjectName(u"partnersTab")
        self.partnersTabLayout = QVBoxLayout(self.partnersTab)
        self.partnersTabLayout.setObjectName(u"partnersTabLayout")
        self.partnersEmpty = QLabel(self.partnersTab)
        self.partnersEmpty.setObjectName(u"partnersEmpty")
        self.partnersEmpty.setProperty(u"role", u"notice")
        self.partnersEmpty.setWordWrap(True)

        self.partnersTabLayout.addWidget(self.partnersEmpty)

        self.partnersTable = QTableWidget(self.partnersTab)
        if (self.partnersTable.columnCount() < 4):
            self.partnersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.partnersTable.setObjectName(u"partnersTable")
        self.partnersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partnersTable.setAlternatingRowColors(True)
        self.partnersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnersTable.setWordWrap(False)
        self.partnersTable.horizontalHeader().setStretchLastSection(True)
        self.partnersTable.verticalHeader().setVisible(False)

        self.partnersTabLayout.addWidget(self.partnersTable)

        self.detailTabs.addTab(self.partnersTab, "")
        self.roomsTab = QWidget()
        self.roomsTab.setObjectName(u"roomsTab")
        self.roomsTabLayout = QVBoxLayout(self.roomsTab)
        self.roomsTabLayout.setObjectName(u"roomsTabLayout")
        self.roomsEmpty = QLabel(self.roomsTab)
        self.roomsEmpty.setObjectName(u"roomsEmpty")
        self.roomsEmpty.setProperty(u"role", u"notice")
        self.roomsEmpty.setWordWrap(True)

        self.roomsTabLayout.addWidget(self.roomsEmpty)

        self.roomsTable = QTableWidget(self.roomsTab)
        if (self.roomsTable.columnCount() < 5):
            self.roomsTable.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.roomsTable.setObjectName(u"roomsTable")
        self.roomsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roomsTable.setAlternatingRowColors(True)
        self.roomsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roomsTable.setWordWrap(False)
        self.roomsTable.horizontalHeader().setStretchLastSection(True)
        self.roomsTable.verticalHeader().setVisible(False)

        self.roomsTabLayout.addWidget(self.roomsTable)

        self.detailTabs.addTab(self.roomsTab, "")
        self.offeringsTab = QWidget()
        self.offeringsTab.setObjectName(u"offeringsTab")
        self.offeringsTabLayout = QVBoxLayout(self.offeringsTab)
        self.offeringsTabLayout.setObjectName(u"offeringsTabLayout")
        self.offeringsEmpty = QLabel(self.offeringsTab)
        self.offeringsEmpty.setObjectName(u"offeringsEmpty")
        self.offeringsEmpty.setProperty(u"role", u"notice")
        self.offeringsEmpty.setWordWrap(True)

        self.offeringsTabLayout.addWidget(self.offeringsEmpty)

        self.offeringsTable = QTableWidget(self.offeringsTab)
        if (self.offeringsTable.columnCount() < 6):
            self.offeringsTable.setColumnCount(6)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.offeringsTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.offeringsTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.offeringsTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.offeringsTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.offeringsTable.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.offeringsTable.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        self.offeringsTable.setObjectName(u"offeringsTable")
        self.offeringsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offeringsTable.setAlternatingRowColors(True)
        self.offeringsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offeringsTable.setWordWrap(False)
        self.offeringsTable.horizontalHeader().setStretchLastSection(True)
        self.offeringsTable.verticalHeader().setVisible(False)

        self.offeringsTabLayout.addWidget(self.offeringsTable)

        self.detailTabs.addTab(self.offeringsTab, "")
        self.diagnosticTab = QWidget()
        self.diagnosticTab.setObjectName(u"diagnosticTab")
        self.diagnosticTabLayout = QVBoxLayout(self.diagnosticTab)
        self.diagnosticTabLayout.setObjectName(u"diagnosticTabLayout")
        self.diagnosticSummary = QLabel(self.diagnosticTab)
        self.diagnosticSummary.setObjectName(u"diagnosticSummary")
        self.diagnosticSummary.setProperty(u"role", u"summary")
        self.diagnosticSummary.setWordWrap(True)

        self.diagnosticTabLayout.addWidget(self.diagnosticSummary)

        self.diagnosticEmpty = QLabel(self.diagnosticTab)
        self.diagnosticEmpty.setObjectName(u"diagnosticEmpty")
        self.diagnosticEmpty.setProperty(u"role", u"notice")
        self.diagnosticEmpty.setWordWrap(True)

        self.diagnosticTabLayout.addWidget(self.diagnosticEmpty)

        self.diagnosticTable = QTableWidget(self.diagnosticTab)
        if (self.diagnosticTable.columnCount() < 5):
            self.diagnosticTable.setColumnCount(5)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.diagnosticTable.setHorizontalHeaderItem(0, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.diagnosticTable.setHorizontalHeaderItem(1, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.diagnosticTable.setHorizontalHeaderItem(2, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.diagnosticTable.setHorizontalHeaderItem(3, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.diagnosticTable.setHorizontalHeaderItem(4, __qtablewidgetitem19)
        self.diagnosticTable.setObjectName(u"diagnosticTable")
        self.diagnosticTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diagnosticTable.setAlternatingRowColors(True)
        self.diagnosticTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diagnosticTable.setWordWrap(False)
        self.diagnosticTable.horizontalHeader().setStretchLastSection(True)
        self.diagnosticTable.verticalHeader().setVisible(False)

        self.diagnosticTabLayout.addWidget(self.diagnosticTable)

        self.detailTabs.addTab(self.diagnosticTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyEmpty = QLabel(self.historyTab)
        self.historyEmpty.setObjectName(u"historyEmpty")
        self.historyEmpty.setProperty(u"role", u"notice")
        self.historyEmpty.setWordWrap(True)

        self.historyTabLayout.addWidget(self.historyEmpty)

        self.historyTable = QTableWidget(self.historyTab)
        if (self.historyTable.columnCount() < 3):
            self.historyTable.setColumnCount(3)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem20)
        __qtablewidgetitem21 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem21)
        __qtablewidgetitem22 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem22)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyTabLayout.addWidget(self.historyTable)

        self.detailTabs.addTab(self.historyTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.detailLayout.setStretch(0, 2)
        self.detailLayout.setStretch(1, 3)
        self.detailStack.addWidget(self.detailPage)
        self.splitter.addWidget(self.detailStack)

        self.viewLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.departmentFilterLabel.setBuddy(self.departmentFilter)
        self.acvFilterLabel.setBuddy(self.acvFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.departmentFilter)
        QWidget.setTabOrder(self.departmentFilter, self.acvFilter)
        QWidget.setTabOrder(self.acvFilter, self.sitesTable)
        QWidget.setTabOrder(self.sitesTable, self.detailTabs)

        self.retranslateUi(SitesView)

        self.detailStack.setCurrentIndex(0)
        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SitesView)
    # setupUi

    def retranslateUi(self, SitesView):
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("SitesView", u"Rechercher un site", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SitesView", u"Rechercher : nom, commune, code INSEE, EPCI\u2026", None))
        self.newButton.setText(QCoreApplication.translate("SitesView", u"&Nouveau site\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SitesView", u"Cr\u00e9er un site (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("SitesView", u"&Modifier\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("SitesView", u"Modifier le site s\u00e9lectionn\u00e9 (Entr\u00e9e ou double-clic)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("SitesView", u"S&upprimer\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("SitesView", u"Supprimer les sites s\u00e9lectionn\u00e9s (touche Suppr)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SitesView", u"E&xporter la vue\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SitesView", u"Enregistrer les sites affich\u00e9s dans un classeur Excel (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("SitesView", u"Statu&t :", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("SitesView", u"Filtrer par statut", None))
#endif // QT_CONFIG(accessibility)
        self.departmentFilterLabel.setText(QCoreApplication.translate("SitesView", u"D\u00e9&partement :", None))
#if QT_CONFIG(accessibility)
        self.departmentFilter.setAccessibleName(QCoreApplication.translate("SitesView", u"Filtrer par d\u00e9partement", None))
#endif // QT_CONFIG(accessibility)
        self.acvFilterLabel.setText(QCoreApplication.translate("SitesView", u"Pro&gramme :", None))
#if QT_CONFIG(accessibility)
        self.acvFilter.setAccessibleName(QCoreApplication.translate("SitesView", u"Filtrer par programme ACV", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sitesTable.setAccessibleName(QCoreApplication.translate("SitesView", u"Liste des sites", None))
#endif // QT_CONFIG(accessibility)
        self.placeholderLabel.setText(QCoreApplication.translate("SitesView", u"S\u00e9lectionnez un site dans la liste pour afficher sa fiche : identit\u00e9, partenaires, salles et formations.", None))
        self.townLabel.setText(QCoreApplication.translate("SitesView", u"Commune", None))
        self.inseeLabel.setText(QCoreApplication.translate("SitesView", u"Code INSEE", None))
        self.postcodeLabel.setText(QCoreApplication.translate("SitesView", u"Code postal", None))
        self.departmentLabel.setText(QCoreApplication.translate("SitesView", u"D\u00e9partement", None))
        self.epciLabel.setText(QCoreApplication.translate("SitesView", u"EPCI", None))
        self.regionLabel.setText(QCoreApplication.translate("SitesView", u"R\u00e9gion", None))
        self.employmentAreaLabel.setText(QCoreApplication.translate("SitesView", u"Bassin d'emploi", None))
        self.programmeLabel.setText(QCoreApplication.translate("SitesView", u"Programme", None))
        self.applicationDateLabel.setText(QCoreApplication.translate("SitesView", u"Candidature", None))
        self.selectionDateLabel.setText(QCoreApplication.translate("SitesView", u"S\u00e9lection", None))
        self.openingDateLabel.setText(QCoreApplication.translate("SitesView", u"Ouverture", None))
        self.coordinatesLabel.setText(QCoreApplication.translate("SitesView", u"Coordonn\u00e9es", None))
        self.notesLabel.setText(QCoreApplication.translate("SitesView", u"Notes", None))
        ___qtablewidgetitem = self.partnersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SitesView", u"Partenaire", None))
        ___qtablewidgetitem1 = self.partnersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SitesView", u"Type", None))
        ___qtablewidgetitem2 = self.partnersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SitesView", u"R\u00f4le", None))
        ___qtablewidgetitem3 = self.partnersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SitesView", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.partnersTable.setAccessibleName(QCoreApplication.translate("SitesView", u"Partenaires du site", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.partnersTab), QCoreApplication.translate("SitesView", u"Partenaires", None))
        ___qtablewidgetitem4 = self.roomsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SitesView", u"Locaux", None))
        ___qtablewidgetitem5 = self.roomsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SitesView", u"Salle", None))
        ___qtablewidgetitem6 = self.roomsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SitesView", u"Type", None))
        ___qtablewidgetitem7 = self.roomsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SitesView", u"Capacit\u00e9", None))
        ___qtablewidgetitem8 = self.roomsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SitesView", u"Accessible", None))
#if QT_CONFIG(accessibility)
        self.roomsTable.setAccessibleName(QCoreApplication.translate("SitesView", u"Salles du site", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.roomsTab), QCoreApplication.translate("SitesView", u"Salles", None))
        ___qtablewidgetitem9 = self.offeringsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SitesView", u"Code", None))
        ___qtablewidgetitem10 = self.offeringsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SitesView", u"Intitul\u00e9", None))
        ___qtablewidgetitem11 = self.offeringsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SitesView", u"P\u00e9riode", None))
        ___qtablewidgetitem12 = self.offeringsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SitesView", u"Modalit\u00e9", None))
        ___qtablewidgetitem13 = self.offeringsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("SitesView", u"Statut", None))
        ___qtablewidgetitem14 = self.offeringsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("SitesView", u"Inscrits", None))
#if QT_CONFIG(accessibility)
        self.offeringsTable.setAccessibleName(QCoreApplication.translate("SitesView", u"Formations ouvertes au site", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.offeringsTab), QCoreApplication.translate("SitesView", u"Formations", None))
        ___qtablewidgetitem15 = self.diagnosticTable.horizontalHeaderItem(0)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("SitesView", u"Fili\u00e8re", None))
        ___qtablewidgetitem16 = self.diagnosticTable.horizontalHeaderItem(1)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("SitesView", u"Besoin", None))
        ___qtablewidgetitem17 = self.diagnosticTable.horizontalHeaderItem(2)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("SitesView", u"\u00c9cart de\n"
"qualification", None))
        ___qtablewidgetitem18 = self.diagnosticTable.horizontalHeaderItem(3)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("SitesView", u"Offre existante\n"
"\u00e0 proximit\u00e9", None))
        ___qtablewidgetitem19 = self.diagnosticTable.horizontalHeaderItem(4)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("SitesView", u"Parcours propos\u00e9s", None))
#if QT_CONFIG(accessibility)
        self.diagnosticTable.setAccessibleName(QCoreApplication.translate("SitesView", u"Diagnostic territorial du site", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.diagnosticTab), QCoreApplication.translate("SitesView", u"Diagnostic", None))
        ___qtablewidgetitem20 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("SitesView", u"Date", None))
        ___qtablewidgetitem21 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem21.setText(QCoreApplication.translate("SitesView", u"Statut", None))
        ___qtablewidgetitem22 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem22.setText(QCoreApplication.translate("SitesView", u"Note", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("SitesView", u"Historique des statuts du site", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyTab), QCoreApplication.translate("SitesView", u"Historique", None))
        pass
    # retranslateUi

