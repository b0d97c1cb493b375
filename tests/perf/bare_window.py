"""The floor of the start-up benchmark: a bare QMainWindow, painted then closed.

Prints `painted <seconds since CNAM_DESKTOP_STARTUP_PROBE>` on its first paint,
exactly like the application's own probe (see cnam_desktop/app.py).
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

launched = float(os.environ["CNAM_DESKTOP_STARTUP_PROBE"])


class FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time() - launched:.4f}", flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
