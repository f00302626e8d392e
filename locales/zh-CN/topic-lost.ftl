## A bound group's forum topic for pushes was closed or deleted: pushes now go to the group's General topic

delivery-topic-lost = ⚠️ 群「{ $group }」（{ $branch }）里推送微课和通知的话题已被关闭或删除。之后的微课和通知改发到这个群的主话题（General），群里照常能收到。如要改发到别的话题，请在那个话题里发送 /bind { $id }。
