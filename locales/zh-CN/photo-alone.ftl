# A photo sent with no words, outside a report.
photo-alone = 📷 收到照片。要反映问题请发 /report，然后再发一次这张照片作为证据；要问问题，请用文字写下来。
