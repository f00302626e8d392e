## Slack App Home: a person's own page

home-title = 🏠 驿站助手
home-role-worker = 您的身份：工友。遇到急难愁盼，在这里私信我或发送 /waystation report 反映；有问题直接问我。
home-role-secretary = 您的身份：支部书记（{ $branches }）。待办见下方，详情发送 /waystation queue。
home-role-organiser = 您的身份：组织者。全区待办见下方，详情发送 /waystation queue。
home-open-reports = 您进行中的反映（{ $count } 件）
home-no-reports = 目前没有进行中的反映。
home-queues = 待办
home-queue-line = • { $branch }：待办 { $open } 件，超时 { $overdue } 件
