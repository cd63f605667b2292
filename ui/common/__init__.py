"""What every room uses: modal dialogs, the message helper, the background runner."""
