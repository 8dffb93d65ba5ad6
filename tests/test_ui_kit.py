"""The shared UI kit (kiosk/ui/kit): the pieces the screens build on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from kiosk.ui.kit.form_panel import FormPanel, fill_list
from kiosk.ui.kit.named import named
from kiosk.ui.kit.status import StatusLabel


def test_named_sets_both_names_and_gives_the_widget_back(qtbot):
    button = named(QPushButton(), "fund_save", "Save")
    qtbot.addWidget(button)
    assert (button.objectName(), button.accessibleName()) == ("fund_save", "Save")


def test_a_status_label_waits_hidden_then_says_a_hint_or_an_error(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    label = StatusLabel("form_message", form)
    form.show()  # the form shows; its message line stays hidden
    assert label.isHidden()
    label.say("Saved.")
    assert label.isVisible() and label.property("role") == "hint"
    label.say("Please enter a name.", error=True)
    assert label.text() == "Please enter a name." and label.property("role") == "error"
    label.hide_message()
    assert label.isHidden() and label.text() == ""


def test_filling_a_list_selects_the_chosen_without_telling_anyone(qtbot):
    widget = QListWidget()
    qtbot.addWidget(widget)
    chosen = []
    widget.currentRowChanged.connect(chosen.append)
    fill_list(widget, [("Som", 1, False), ("Dang (inactive)", 2, True)], chosen=2)
    assert [widget.item(i).text() for i in range(widget.count())] == ["Som", "Dang (inactive)"]
    assert widget.currentRow() == 1 and chosen == []
    assert widget.item(0).foreground().color() != widget.item(1).foreground().color()


def test_the_form_panel_puts_what_is_added_between_the_message_and_the_buttons(qtbot):
    panel = FormPanel("operator")
    qtbot.addWidget(panel)
    extra = QLabel("loans")
    panel.add(extra)
    column = panel.layout()
    order = [column.itemAt(i).widget() or column.itemAt(i).layout() or "space"
             for i in range(column.count())]
    assert order == [panel.title, panel.form, panel.message, extra, "space", panel.buttons]
    assert panel.title.objectName() == "operator_form_title"
    assert panel.message.objectName() == "operator_message"
