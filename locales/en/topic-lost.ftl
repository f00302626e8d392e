## A bound group's forum topic for pushes was closed or deleted: pushes now go to the group's General topic

delivery-topic-lost = ⚠️ The topic of “{ $group }” ({ $branch }) that lessons and notices were posted in has been closed or deleted. They now go to the group's General topic, so the group still gets them. To use another topic, send /bind { $id } in that topic.
