## Slack App Home: a person's own page

home-title = 🏠 驛站助手
home-role-worker = 您的身分：工友。遇到急難愁盼，在這裡私訊我或傳送 /waystation report 反映；有問題直接問我。
home-role-secretary = 您的身分：支部書記（{ $branches }）。待辦見下方，詳情傳送 /waystation queue。
home-role-organiser = 您的身分：組織者。全區待辦見下方，詳情傳送 /waystation queue。
home-open-reports = 您進行中的反映（{ $count } 件）
home-no-reports = 目前沒有進行中的反映。
home-queues = 待辦
home-queue-line = • { $branch }：待辦 { $open } 件，逾時 { $overdue } 件
