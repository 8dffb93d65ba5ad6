"""Settings > Devices: the weighing scale (port, speed, parity, protocol, a live test) and
the screen that faces the customer.

Save stores the settings (the service checks them), restarts the scale
monitor and opens, moves or closes the customer display; "Test the scale"
saves the same way and shows the live weight here, so a wrong speed or
protocol shows at once.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from kiosk.devices.scale_link import BAUDS, PARITIES, ScaleConfig, available_ports
from kiosk.devices.scale_protocols import PROTOCOLS
from kiosk.errors import KioskError
from kiosk.services import device_settings
from kiosk.ui.context import AppContext
from kiosk.ui.devices import scale_monitor
from kiosk.ui.devices.scale_panel import ScalePanel
from kiosk.ui.i18n import tr
from kiosk.ui.keypad import MessageLine
from kiosk.ui.sale import customer_feed
from kiosk.ui.screen import Retranslates


def title() -> str:
    return tr("Devices")


class DevicesTab(Retranslates, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("devices_settings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subheading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.port = QComboBox(self)
        self.port.setObjectName("scale_port")
        self.port.setEditable(True)
        self.baud = QComboBox(self)
        self.baud.setObjectName("scale_baud")
        for baud in BAUDS:
            self.baud.addItem(str(baud), baud)
        self.parity = QComboBox(self)
        self.parity.setObjectName("scale_parity")
        self.protocol = QComboBox(self)
        self.protocol.setObjectName("scale_protocol")
        self.display = QComboBox(self)
        self.display.setObjectName("customer_display_screen")
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.labels, self.fields()):
            label.setWordWrap(True)
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("scale_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("scale_test")
        self.test_button.clicked.connect(self.test)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = MessageLine(self, lines=1, name="scale_settings_message")
        layout.addWidget(self.message)
        self.live: ScalePanel | None = None
        self.live_box = QVBoxLayout()
        layout.addLayout(self.live_box)
        layout.addStretch(1)
        self.retranslate()
        self.load()

    def fields(self) -> tuple[QComboBox, ...]:
        return (self.port, self.baud, self.parity, self.protocol, self.display)

    def retranslate(self) -> None:
        self.heading.setText(tr("Weighing scale and customer display"))
        captions = (tr("Scale port (empty: no scale)"), tr("Speed (baud)"), tr("Parity"),
                    tr("Protocol"), tr("Screen facing the customer"))
        for label, text, field in zip(self.labels, captions, self.fields()):
            label.setText(text)
            field.setAccessibleName(text)
        parity_names = {"N": tr("None"), "E": tr("Even"), "O": tr("Odd")}
        protocol_names = {"cas": tr("CAS continuous output"), "sics": tr("METTLER TOLEDO MT-SICS")}
        for combo, values, names in ((self.parity, PARITIES, parity_names),
                                     (self.protocol, PROTOCOLS, protocol_names)):
            chosen = combo.currentData()
            combo.clear()
            for value in values:
                combo.addItem(names[value], value)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
        if self.display.count():
            self.display.setItemText(0, tr("None"))
        self.save_button.setText(tr("Save"))
        self.save_button.setAccessibleName(tr("Save"))
        self.test_button.setText(tr("Test the scale"))
        self.test_button.setAccessibleName(tr("Test the scale"))

    def load(self) -> None:
        config = device_settings.scale_config(self.ctx.db)
        self.port.clear()
        self.port.addItems(["", *available_ports()])
        self.port.setCurrentText(config.port)
        self.baud.setCurrentIndex(self.baud.findData(config.baud))
        self.parity.setCurrentIndex(self.parity.findData(config.parity))
        self.protocol.setCurrentIndex(self.protocol.findData(config.protocol))
        chosen = device_settings.customer_display_screen(self.ctx.db)
        self.display.clear()
        self.display.addItem(tr("None"), "")
        for screen in QGuiApplication.screens():
            self.display.addItem(screen.name(), screen.name())
        if chosen and self.display.findData(chosen) < 0:  # chosen, but not plugged in now
            self.display.addItem(tr("{name} (not connected)").format(name=chosen), chosen)
        self.display.setCurrentIndex(max(0, self.display.findData(chosen)))

    def form_config(self) -> ScaleConfig:
        return ScaleConfig(self.port.currentText(), self.baud.currentData(),
                           self.parity.currentData(), self.protocol.currentData())

    def save(self) -> bool:
        """Store the form (the service's message if it is wrong) and restart the scale."""
        try:
            config, _screen = device_settings.save_devices(
                self.ctx.db, self.ctx.who.operator_id, self.form_config(),
                self.display.currentData() or "")
        except KioskError as error:
            self.message.show_message(error.message)
            return False
        scale_monitor.start(config)
        customer_feed.apply(self.ctx.db)
        self.message.show_message(tr("Saved.") if config.port else tr("Saved: no scale."), "ok")
        return True

    def test(self) -> None:
        if not self.save():
            return
        monitor = scale_monitor.current()
        if self.live is not None and self.live.monitor is not monitor:
            self.live_box.removeWidget(self.live)
            self.live.hide()  # gone from the page now, deleted when the loop next can
            self.live.deleteLater()
            self.live = None
        if monitor is None:
            self.message.show_message(tr("Choose the scale's port first."))
            return
        if self.live is None:
            self.live = ScalePanel(monitor, self, name="scale_test", takes=False,
                                   vertical=False)
            self.live_box.addWidget(self.live)
