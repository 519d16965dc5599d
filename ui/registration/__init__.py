"""Parts of the registration screen: section headings with marks and errors, the action bar."""
