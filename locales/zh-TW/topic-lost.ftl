## A bound group's forum topic for pushes was closed or deleted: pushes now go to the group's General topic

delivery-topic-lost = ⚠️ 群「{ $group }」（{ $branch }）裡推送微課和通知的話題已被關閉或刪除。之後的微課和通知改發到這個群的主話題（General），群裡照常能收到。如要改發到別的話題，請在那個話題裡發送 /bind { $id }。
