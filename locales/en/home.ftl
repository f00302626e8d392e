## Slack App Home: a person's own page

home-title = 🏠 Waystation
home-role-worker = You are: a worker. To report a problem, message me here or send /waystation report; ask me anything.
home-role-secretary = You are: branch secretary ({ $branches }). Your queue is below; /waystation queue for details.
home-role-organiser = You are: an organiser. The district's queues are below; /waystation queue for details.
home-open-reports = Your open reports ({ $count })
home-no-reports = You have no open reports.
home-queues = Queues
home-queue-line = • { $branch }: { $open } open, { $overdue } overdue
