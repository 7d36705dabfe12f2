// The feature's styles, imported once by each page-level component.
import './catalogus.css';
import './catalogus-data.css';
