# An emergency told outside a report: the numbers come first.
report-sos-body = 请先拨打上面的电话，照顾好自己和身边的人。
    我已记下您说的情况：点「马上反映」一下就交给支部按紧急事项处理（时限最短，匿名，支部有问题会通过我问您），也可以先接着补充细节。
report-sos-file = 🆘 马上反映给支部
report-sos-group = 请先拨打上面的电话。需要支部跟进的，请私聊我反映：
# Where the group has no link into the private chat (Slack): the button below opens the private form.
report-sos-group-button = 请先拨打上面的电话。需要支部跟进的，请点下面的按钮（或发送 /report）私下反映，您刚才说的话会带进去，{ group-word }里其他人看不到。
report-sos-limited = 请先拨打上面的电话。您这一小时内反映得比较多了，稍后可以再通过 /report 反映。
# The same card asked again (the numbers were shown above it once already).
report-sos-again = 您说的情况我记着：点「马上反映」一下就交给支部按紧急事项处理，也可以先接着补充细节。
