# A photo sent with no words, outside a report.
photo-alone = 📷 Got your photo. To report a problem send /report — then send the photo again as evidence; to ask something, please write it down.
