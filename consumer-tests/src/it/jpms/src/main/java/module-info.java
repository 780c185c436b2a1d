module example {
  requires dev.smtpstatus;
}
