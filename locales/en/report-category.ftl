## 🏷️ Category (stop 39): the branch files a ticket under another of the pack's categories.
triage-btn-category = 🏷️ Category
triage-category-choose = 🏷️ Which category should { $id } be under? Now: { $category }
triage-category-done = Now under “{ $category }”
triage-category-changed = 🏷️ { $who } changed the category of { $id } from “{ $was }” to “{ $category }”
triage-category-elsewhere = Reports of “{ $category }” usually go to { $branch }. { $id } stays with this branch; transfer it if needed:
triage-category-offer-transfer = ↪️ Transfer to { $branch }
triage-refused-same-category = It is already under that category
ticket-event-recategorised = { $who } changed the category: { $was } → { $category }
board-act-category = 🏷️ Category
board-act-category-to = Change to
board-category-elsewhere = Reports of “{ $category }” usually go to { $branch }. The ticket stays with this branch; transfer it below if needed.
