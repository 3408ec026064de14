<?xml version="1.0" encoding="UTF-8"?>
<!-- XSLT's built-in template rules with text output: every text node of the
     document in document order, as xsltproc prints it. Nothing else. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
</xsl:stylesheet>
