import { render } from 'preact';
import '../../components/theme.css';
import '../../components/coverage.css';
import { Popup } from '../../components/popup';
import { popupApi } from './popup-api';

render(<Popup api={popupApi} />, document.getElementById('app')!);
