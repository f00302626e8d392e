## The board's gaps page: "this is entry X", "write an answer", YAML export (organisers only)

board-gaps-act = Handle
board-gaps-which-note = Pick one: from now on this wording is answered with that entry.
board-gaps-learn = This one
board-gaps-picked = Times the askers picked this one from "did you mean"
board-gaps-write = Write a new answer
board-gaps-field-title = Title
board-gaps-field-answer = Answer
board-gaps-write-save = Save and confirm the draft
board-gaps-drafts-saved = Draft { $id } confirmed: workers get it as the answer from now on (not yet in the pack). Export the YAML on this page, check it and put it into faq/*.yaml, which keeps it for good.
board-gaps-live = New answers in use (not yet in the pack)
board-gaps-live-note = Workers already get these answers. Once the YAML is exported and put into the pack, they leave this list.
board-gaps-col-answered = Answered by the new entry
board-gaps-export = Export drafts (YAML)
board-gaps-handle-note = Organisers can press "Handle": say which entry it is, or write a new answer.
board-error-organisers-only = Only district organisers can handle FAQ gaps.
board-gaps-col-question = Question
board-gaps-col-count = Times asked
board-gaps-col-evidence = Signals
board-gaps-col-action = Action
board-gaps-col-entry = Entry
board-gaps-col-title = Title
board-gaps-col-votes = Votes
board-gaps-learned-done = ✅ Noted: questions like that one will be answered with “{ $title }”.
board-gaps-col-asked = Asked when voted 👎
board-gaps-down-none = The questions behind these votes are handled (or not in the list)
board-gaps-page = Page { $page } of { $pages }, { $total } questions in all
